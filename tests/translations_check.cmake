# Fails when a user-visible string in core/, ui/ or app/ has no zh_CN translation: runs
# lupdate over the sources into a copy of the committed .ts and looks for unfinished entries.
# Called by ctest as: cmake -DLUPDATE=… -DSOURCE_DIR=… -DTS_FILE=… -DWORK_DIR=… -P this file
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/zhenxing_zh_CN.check.ts)
configure_file(${TS_FILE} ${copy} COPYONLY)
execute_process(
    COMMAND ${LUPDATE} -no-obsolete -locations none -extensions cpp,h
            -I ${SOURCE_DIR}/core -I ${SOURCE_DIR}/ui
            ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app -ts ${copy}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(STRINGS ${copy} unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    file(STRINGS ${copy} sources REGEX "<source>")
    message(FATAL_ERROR "${count} string(s) without a zh_CN translation; run "
                        "'cmake --build build --target update_translations' and translate them in "
                        "resources/translations/zhenxing_zh_CN.ts")
endif()
message(STATUS "every string has a zh_CN translation (${out})")
