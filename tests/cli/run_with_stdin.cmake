# cmake -DIN=file -DCMD="prog;args" -P run_with_stdin.cmake: runs CMD with IN on standard input,
# prints its output, and fails when it exits with a status above 1 unless EXPECT_EXIT says so.
execute_process(COMMAND ${CMD} INPUT_FILE "${IN}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message("${out}")
if(err)
  message("stderr: ${err}")
endif()
if(DEFINED EXPECT_EXIT AND NOT rc EQUAL EXPECT_EXIT)
  message(FATAL_ERROR "exit status ${rc}, expected ${EXPECT_EXIT}")
endif()
