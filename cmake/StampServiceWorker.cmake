# cmake -DSOURCE=web/sw.js -DOUTPUT=dist/sw.js -DFILES="dist/index.js|dist/index.wasm" -P ...
# (FILES is '|'-separated: a ';' does not survive add_custom_command's quoting as a list.)
# Writes the service worker with @BUILD_ID@ replaced by a hash of the files it caches, so every
# build that changes them is a new worker (see web/sw.js).
string(REPLACE "|" ";" FILES "${FILES}")
set(digest "")
foreach(file ${FILES})
  file(SHA256 "${file}" file_digest)
  string(APPEND digest "${file_digest}")
endforeach()
string(SHA256 build_id "${digest}")
string(SUBSTRING "${build_id}" 0 16 build_id)
file(READ "${SOURCE}" text)
string(REPLACE "@BUILD_ID@" "${build_id}" text "${text}")
file(WRITE "${OUTPUT}.tmp" "${text}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
