# Installs the build into PREFIX and checks the layout: the binary runs and reads the example
# project, and the bridge, translations, icons, .desktop file and metainfo are where the binary
# and the desktop look. Run by CTest (install_layout).
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
    RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc})")
endif()

foreach(path
        bin/retort
        share/retort/bridge/retort_bridge.py
        share/retort/translations/retort_de.qm
        share/retort/translations/retort_fr.qm
        share/icons/hicolor/scalable/apps/${APP_ID}.svg
        share/applications/${APP_ID}.desktop
        share/metainfo/${APP_ID}.metainfo.xml)
    if(NOT EXISTS ${PREFIX}/${path})
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()

execute_process(COMMAND ${PREFIX}/bin/retort --version
    OUTPUT_VARIABLE version RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT version MATCHES "[0-9]+\\.[0-9]+\\.[0-9]+")
    message(FATAL_ERROR "installed retort --version: ${rc} ${version}")
endif()
execute_process(COMMAND ${PREFIX}/bin/retort heads -c ${EXAMPLE} --no-cache
    OUTPUT_VARIABLE heads RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT heads MATCHES "\\(head\\)")
    message(FATAL_ERROR "installed retort heads: ${rc} ${heads}")
endif()

if(APPSTREAMCLI)
    # The installed tree as a software centre sees it: metainfo, desktop file and icon together.
    execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net ${PREFIX}
        OUTPUT_VARIABLE report ERROR_VARIABLE report RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate-tree:\n${report}")
    endif()
endif()
message(STATUS "installed layout in ${PREFIX}: ok\n${heads}")
