# ctest: runs one fuzz target for a bounded time over its committed corpus (read only: new
# inputs go to WORK). Fails on any crash, leak, sanitizer report or broken invariant; the
# input that did it is written under ARTIFACTS. -DFUZZER -DCORPUS -DWORK -DARTIFACTS -DSECONDS
file(MAKE_DIRECTORY ${WORK} ${ARTIFACTS})
execute_process(COMMAND ${FUZZER} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048
                        -print_final_stats=1 -artifact_prefix=${ARTIFACTS}/ ${WORK} ${CORPUS}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(REGEX MATCH "stat::number_of_executed_units: *[0-9]+" runs "${err}")
string(REGEX MATCH "SUMMARY: [^\n]*" summary "${err}")
if(NOT rc EQUAL 0)
    string(LENGTH "${err}" length)
    math(EXPR from "${length} - 6000")
    if(from LESS 0)
        set(from 0)
    endif()
    string(SUBSTRING "${err}" ${from} -1 tail)
    message(FATAL_ERROR "${FUZZER} failed (${rc}): ${summary}\n${tail}\n"
                        "The input is under ${ARTIFACTS}; reproduce with ${FUZZER} <file>.")
endif()
message(STATUS "${FUZZER}: ${runs}, no crash")
