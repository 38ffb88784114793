# ctest openapi_lint: installs the pinned linter from tests/openapi/package-lock.json into a
# build-tree folder (npm ci, again only when the lock file changed) and lints the OpenAPI
# document with it. Fails when npm is missing, the install fails or the document has any
# finding. Expects SOURCE_DIR (tests/openapi), WORK_DIR and DOCUMENT.
find_program(NPM npm)
if(NOT NPM)
    message(FATAL_ERROR "npm is needed to lint the OpenAPI document (packaging/install-deps.sh installs nodejs and npm)")
endif()

file(MAKE_DIRECTORY ${WORK_DIR})
foreach(name package.json package-lock.json redocly.yaml)
    file(COPY_FILE ${SOURCE_DIR}/${name} ${WORK_DIR}/${name} ONLY_IF_DIFFERENT)
endforeach()

file(SHA256 ${SOURCE_DIR}/package-lock.json lock_hash)
set(stamp ${WORK_DIR}/installed.sha256)
set(installed "")
if(EXISTS ${stamp})
    file(READ ${stamp} installed)
endif()
set(linter ${WORK_DIR}/node_modules/.bin/redocly)
if(NOT installed STREQUAL lock_hash OR NOT EXISTS ${linter})
    execute_process(COMMAND ${NPM} ci --no-audit --no-fund --no-update-notifier
                    WORKING_DIRECTORY ${WORK_DIR} RESULT_VARIABLE installed_rc)
    if(NOT installed_rc EQUAL 0)
        message(FATAL_ERROR "npm ci failed (${installed_rc})")
    endif()
    file(WRITE ${stamp} ${lock_hash})
endif()

execute_process(COMMAND ${CMAKE_COMMAND} -E env REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
                        ${linter} lint --config ${WORK_DIR}/redocly.yaml ${DOCUMENT}
                WORKING_DIRECTORY ${WORK_DIR} RESULT_VARIABLE lint_rc)
if(NOT lint_rc EQUAL 0)
    message(FATAL_ERROR "the OpenAPI document has lint findings (see above)")
endif()
