#pragma once

#include <QLoggingCategory>

// Progress of the benchmark goes to stderr through this category; stdout carries only the
// results, so scripts can parse it.
Q_DECLARE_LOGGING_CATEGORY(lcBench)
