# cmake "-DCMD=prog;args" [-DEXPECT_EXIT=N] [-DPRINT=file] -P run_and_print.cmake: runs CMD, prints
# its output (and then the file PRINT, which CMD wrote), and fails unless it exits with
# EXPECT_EXIT (default 0). For CLI tests that check an exact exit status or a written file.
if(NOT DEFINED EXPECT_EXIT)
  set(EXPECT_EXIT 0)
endif()
execute_process(COMMAND ${CMD} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message("${out}")
if(err)
  message("stderr: ${err}")
endif()
if(DEFINED PRINT)
  file(READ "${PRINT}" written)
  message("${PRINT}: ${written}")
endif()
if(NOT rc EQUAL EXPECT_EXIT)
  message(FATAL_ERROR "exit status ${rc}, expected ${EXPECT_EXIT}")
endif()
