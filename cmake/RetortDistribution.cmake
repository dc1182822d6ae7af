# What turns the built executable into something users install: translations, desktop
# integration (icon, .desktop file, AppStream metainfo) and the CPack .deb. Included from the
# top-level CMakeLists.txt after app/, whose `retort` target it extends.

# Application id (reverse DNS): the .desktop file, the metainfo and the icon are named after it.
set(RETORT_APP_ID "io.github.retort.Retort")

add_subdirectory(ui/i18n)
add_subdirectory(translations)
add_subdirectory(resources)
add_subdirectory(packaging)
