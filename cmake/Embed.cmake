# replycheck_embed(OUT_CPP SYMBOL FILE): generate OUT_CPP defining
#   extern "C" const unsigned char SYMBOL[]; extern "C" const unsigned long SYMBOL_size;
# from FILE's bytes, regenerated whenever FILE changes. Used for ICU data, fonts and the built-in pack.
set(REPLYCHECK_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/EmbedFile.cmake")

function(replycheck_embed out_cpp symbol file)
  add_custom_command(
    OUTPUT "${out_cpp}"
    COMMAND "${CMAKE_COMMAND}" -DIN=${file} -DOUT=${out_cpp} -DSYMBOL=${symbol} -P "${REPLYCHECK_EMBED_SCRIPT}"
    DEPENDS "${file}" "${REPLYCHECK_EMBED_SCRIPT}"
    COMMENT "Embedding ${file} as ${symbol}"
    VERBATIM)
endfunction()
