#pragma once

#include "domain/result.h"

#include <QAbstractTableModel>
#include <QFuture>

#include <functional>

// A read-only table that loads its rows page by page through a loader that runs off the GUI
// thread (a ReaderPool query) and returns a future. Views ask for more with
// canFetchMore/fetchMore as they scroll; `reload` fetches the loaded range again after a
// change. Answers to a superseded request are dropped.
template<typename Row>
class PagedTableModel : public QAbstractTableModel
{
public:
    using PageLoader = std::function<QFuture<Result<QList<Row>>>(int offset, int limit)>;
    struct Column
    {
        QString title;
        std::function<QVariant(const Row &, int role)> data;
    };

    PagedTableModel(PageLoader loader, QList<Column> columns, int pageSize, QObject *parent)
        : QAbstractTableModel(parent), m_loader(std::move(loader)), m_columns(std::move(columns)),
          m_pageSize(pageSize)
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return m_columns.at(index.column()).data(m_rows.at(index.row()), role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
            && section < m_columns.size())
            return m_columns.at(section).title;
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_atEnd && !m_loading;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        m_loading = true;
        const quint64 generation = m_generation;
        const int offset = int(m_rows.size());
        whenLoaded(m_loader(offset, m_pageSize), [this, generation, offset](const Result<QList<Row>> &page) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!page) {
                m_lastError = page.error().message;
                m_atEnd = true;
                return;
            }
            m_atEnd = page->size() < m_pageSize;
            if (page->isEmpty() || offset != m_rows.size())
                return;
            beginInsertRows({}, offset, offset + int(page->size()) - 1);
            m_rows.append(page.value());
            endInsertRows();
        });
    }

    // Fetches the rows shown so far (at least one page) again and replaces them.
    void reload()
    {
        const quint64 generation = ++m_generation;
        m_loading = true;
        const int limit = std::max(m_pageSize, int(m_rows.size()));
        whenLoaded(m_loader(0, limit), [this, generation, limit](const Result<QList<Row>> &rows) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!rows) {
                m_lastError = rows.error().message;
                return;
            }
            beginResetModel();
            m_rows = rows.value();
            m_atEnd = rows->size() < limit;
            endResetModel();
        });
    }

    const Row &rowAt(int row) const { return m_rows.at(row); }
    QString lastError() const { return m_lastError; }

private:
    // Applies a loaded page from the event loop, never from inside the call that asked for it:
    // a view (or QAbstractItemModelTester) may call fetchMore while handling another change,
    // and a future that is already finished would otherwise run the continuation right there.
    template<typename Apply>
    void whenLoaded(QFuture<Result<QList<Row>>> future, Apply apply)
    {
        future.then(this, [this, apply = std::move(apply)](const Result<QList<Row>> &loaded) {
            QMetaObject::invokeMethod(this, [apply, loaded]() { apply(loaded); }, Qt::QueuedConnection);
        });
    }

    PageLoader m_loader;
    QList<Column> m_columns;
    QList<Row> m_rows;
    int m_pageSize;
    bool m_atEnd = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    QString m_lastError;
};
