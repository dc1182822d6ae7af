// Built by the test core_rejects_widget_includes, which passes only when this fails to compile
// with core's include path: core/ may not use Qt Widgets.
#include <QtWidgets/QWidget>

int probe()
{
    QWidget *widget = nullptr;
    return widget == nullptr ? 0 : 1;
}
