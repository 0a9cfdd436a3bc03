# cmake -DOUT=dir -DDATA=tests/data -P hostile_inputs.cmake: writes the hostile inputs of issue #12
# that are too big (or too odd) to commit: deep nesting, thousands of bad values on one line.
file(MAKE_DIRECTORY "${OUT}/a-directory")

# Five good answers, then one whose id nests 30,000 arrays deep (under the 64 KiB line limit), then a good one.
file(READ "${DATA}/scenarios/answers-pass.jsonl" good)
string(REPEAT "[" 30000 open)
string(REPEAT "]" 30000 close)
set(deep "{\"trainee\":\"t\",\"scenario\":\"thanks\",\"reply\":\"x\",\"id\":${open}${close}}\n")
file(WRITE "${OUT}/deep-answers.jsonl" "${good}${good}{\"id\":\"five\",\"trainee\":\"carol\",\"scenario\":\"thanks\",\"reply\":\"Thank you, Leah.\"}\n${deep}${good}")

# A one-line pack with 19,990 bad "prefer" values: 19,990 issues, of which 100 are shown.
string(REPEAT "{\"avoid\":\"a\",\"prefer\":7}," 19990 terms)
file(WRITE "${OUT}/many-issues-pack.json"
     "{\"id\":\"many\",\"extends\":\"social-care\",\"terminology\":[${terms}{\"avoid\":\"b\",\"prefer\":\"c\"}]}")

# Out-of-range and unknown params (UBSan saw 1e38 converted to an unsigned long).
file(WRITE "${OUT}/huge-param-pack.json"
     "{\"id\":\"huge\",\"extends\":\"social-care\",\"rules\":{\"tone.over_apology\":{\"params\":{\"max_apologies\":1e38}}}}")
file(WRITE "${OUT}/negative-param-pack.json"
     "{\"id\":\"neg\",\"extends\":\"social-care\",\"rules\":{\"personal.not_specific\":{\"params\":{\"min_key_terms\":-1}}}}")
file(WRITE "${OUT}/unknown-param-pack.json"
     "{\"id\":\"unk\",\"extends\":\"social-care\",\"rules\":{\"tone.over_apology\":{\"params\":{\"max_apology\":3}}}}")

# A batch whose second line is over the request limit (read no further than the limit).
string(REPEAT "x" 400000 long)
file(WRITE "${OUT}/long-line-batch.jsonl"
     "{\"id\":1,\"draft\":\"Hi Sam, thanks. ^JD\"}\n{\"id\":2,\"draft\":\"${long}\"}\n{\"id\":3,\"draft\":\"Hi Sam, thanks. ^JD\"}\n")

# A UTF-8 BOM before a valid pack.
file(READ "${DATA}/packs/brand-ok.json" brand)
string(ASCII 239 187 191 bom)
file(WRITE "${OUT}/bom-pack.json" "${bom}${brand}")
string(ASCII 255 254 123 utf16)  # FF FE "{": the start of a UTF-16LE file
file(WRITE "${OUT}/utf16-pack.json" "${utf16}")
