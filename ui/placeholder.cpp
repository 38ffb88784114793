// placeholder until the ui lands
#include <QWidget>
