#pragma once
// QAbstractItemModelTester for widget tests: testerFor(model) checks a model in Warning mode,
// and a ModelFailureLog, while it lives, collects what the testers report ("FAIL! …" in
// qt.modeltest) so a fixture can assert there was nothing.
#include <QAbstractItemModelTester>
#include <QStringList>
#include <QtGlobal>

#include <cstring>
#include <memory>

namespace zxtest {

inline QStringList g_modelFailures;
inline QtMessageHandler g_previousModelHandler = nullptr;

inline void recordModelFailures(QtMsgType type, const QMessageLogContext &context,
                                const QString &msg)
{
    if (type != QtDebugMsg && type != QtInfoMsg &&
        ((context.category && std::strcmp(context.category, "qt.modeltest") == 0) ||
         msg.contains(QLatin1String("FAIL!"))))
        g_modelFailures.append(msg);
    if (g_previousModelHandler)
        g_previousModelHandler(type, context, msg);
}

class ModelFailureLog
{
public:
    ModelFailureLog()
    {
        g_modelFailures.clear();
        g_previousModelHandler = qInstallMessageHandler(recordModelFailures);
    }
    ~ModelFailureLog()
    {
        qInstallMessageHandler(g_previousModelHandler);
        g_previousModelHandler = nullptr;
    }
    ModelFailureLog(const ModelFailureLog &) = delete;
    ModelFailureLog &operator=(const ModelFailureLog &) = delete;
    const QStringList &failures() const { return g_modelFailures; }
};

inline std::unique_ptr<QAbstractItemModelTester> testerFor(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

} // namespace zxtest
