// placeholder until the models land
#include <QAbstractItemModel>
