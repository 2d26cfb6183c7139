#include "sampleloader.h"

#include "csv.h"
#include "domain/enums.h"
#include "storage/auditstore.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/regionstore.h"
#include "storage/transaction.h"
#include "storage/valuestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <functional>

namespace zx {

namespace {

Result<CsvTable> readTable(const QString &folder, const QString &name)
{
    const QString path = folder + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("zx::Sample", "Cannot read %1: %2")
                         .arg(path, file.errorString())};
    return CsvTable::parse(QString::fromUtf8(file.readAll()), name);
}

Error badField(const CsvTable &t, qsizetype row, const QString &column, const QString &source)
{
    return Error{QCoreApplication::translate("zx::Sample", "%1, line %2: bad %3 '%4'")
                     .arg(source)
                     .arg(t.lineOf(row))
                     .arg(column, t.field(row, column))};
}

std::optional<Decimal> optionalDecimal(const QString &text)
{
    return text.isEmpty() ? std::nullopt : Decimal::parse(text);
}

using RowLoader = std::function<Outcome(const CsvTable &, qsizetype)>;

Outcome loadEach(const QString &folder, const QString &name, const RowLoader &load)
{
    auto table = readTable(folder, name);
    if (!table)
        return Error{table.error()};
    for (qsizetype i = 0; i < table->rowCount(); ++i)
        if (auto ok = load(*table, i); !ok)
            return ok;
    return Outcome::success();
}

Result<Indicator> indicatorFromRow(const CsvTable &t, qsizetype i)
{
    const QString file = QStringLiteral("indicators.csv");
    Indicator ind;
    ind.code = t.field(i, QStringLiteral("code"));
    ind.categoryCode = t.field(i, QStringLiteral("category"));
    ind.name = t.field(i, QStringLiteral("name"));
    ind.nameEn = t.field(i, QStringLiteral("name_en"));
    ind.unit = t.field(i, QStringLiteral("unit"));
    ind.unitEn = t.field(i, QStringLiteral("unit_en"));
    ind.decimals = t.field(i, QStringLiteral("decimals")).toInt();
    const auto acc = accumulationFromCode(t.field(i, QStringLiteral("accumulation")));
    const auto agg = aggregationFromCode(t.field(i, QStringLiteral("aggregation")));
    const auto mode = targetModeFromCode(t.field(i, QStringLiteral("target_mode")));
    const auto kind = kindFromCode(t.field(i, QStringLiteral("kind")));
    const auto rule = partRuleFromCode(t.field(i, QStringLiteral("part_rule")));
    if (!acc)
        return badField(t, i, QStringLiteral("accumulation"), file);
    if (!agg)
        return badField(t, i, QStringLiteral("aggregation"), file);
    if (!mode)
        return badField(t, i, QStringLiteral("target_mode"), file);
    if (!kind)
        return badField(t, i, QStringLiteral("kind"), file);
    if (!rule)
        return badField(t, i, QStringLiteral("part_rule"), file);
    ind.accumulation = *acc;
    ind.aggregation = *agg;
    ind.targetMode = *mode;
    ind.kind = *kind;
    ind.partRule = *rule;
    ind.numeratorCode = t.field(i, QStringLiteral("numerator"));
    ind.denominatorCode = t.field(i, QStringLiteral("denominator"));
    const QString scale = t.field(i, QStringLiteral("ratio_scale"));
    ind.ratioScale = scale.isEmpty() ? 100.0 : scale.toDouble();
    ind.minValue = optionalDecimal(t.field(i, QStringLiteral("min")));
    ind.maxValue = optionalDecimal(t.field(i, QStringLiteral("max")));
    ind.parentCode = t.field(i, QStringLiteral("parent"));
    ind.headline = t.field(i, QStringLiteral("headline")) == QLatin1String("1");
    ind.sortOrder = t.field(i, QStringLiteral("sort_order")).toInt();
    ind.narrativeZh = t.field(i, QStringLiteral("narrative_zh"));
    ind.narrativeEn = t.field(i, QStringLiteral("narrative_en"));
    ind.description = t.field(i, QStringLiteral("description"));
    return ind;
}

Outcome loadRegions(Database &db, const QString &folder)
{
    return loadEach(folder, QStringLiteral("regions.csv"), [&](const CsvTable &t, qsizetype i) {
        const auto level = regionLevelFromInt(t.field(i, QStringLiteral("level")).toInt());
        if (!level)
            return Outcome(badField(t, i, QStringLiteral("level"), QStringLiteral("regions.csv")));
        return regionstore::insert(
            db, {t.field(i, QStringLiteral("code")), t.field(i, QStringLiteral("name")),
                 t.field(i, QStringLiteral("name_en")), *level,
                 t.field(i, QStringLiteral("parent_code")),
                 t.field(i, QStringLiteral("sort_order")).toInt(), 0, QString()});
    });
}

Outcome loadCatalogue(Database &db, const QString &folder)
{
    auto ok = loadEach(folder, QStringLiteral("categories.csv"), [&](const CsvTable &t, qsizetype i) {
        return catalogstore::insertCategory(
            db, {t.field(i, QStringLiteral("code")), t.field(i, QStringLiteral("name")),
                 t.field(i, QStringLiteral("name_en")),
                 t.field(i, QStringLiteral("sort_order")).toInt()});
    });
    if (!ok)
        return ok;
    return loadEach(folder, QStringLiteral("indicators.csv"), [&](const CsvTable &t, qsizetype i) {
        auto ind = indicatorFromRow(t, i);
        return ind ? catalogstore::insertIndicator(db, *ind) : Outcome(Error{ind.error()});
    });
}

Outcome loadTargets(Database &db, const QString &folder)
{
    return loadEach(folder, QStringLiteral("targets.csv"), [&](const CsvTable &t, qsizetype i) {
        Target target;
        target.indicatorCode = t.field(i, QStringLiteral("indicator"));
        target.regionCode = t.field(i, QStringLiteral("region"));
        target.year = t.field(i, QStringLiteral("year")).toInt();
        const auto amount = Decimal::parse(t.field(i, QStringLiteral("target")));
        if (!amount)
            return Outcome(badField(t, i, QStringLiteral("target"), QStringLiteral("targets.csv")));
        target.value = *amount;
        target.baseline = optionalDecimal(t.field(i, QStringLiteral("baseline")));
        for (int q = 0; q < 4; ++q) {
            const QString m = t.field(i, QStringLiteral("m%1").arg(q + 1));
            if (!m.isEmpty())
                target.milestonePct[q] = m.toDouble();
        }
        return valuestore::upsertTarget(db, target);
    });
}

Outcome loadValues(Database &db, const QString &folder, const QString &user, const QString &now)
{
    return loadEach(folder, QStringLiteral("values.csv"), [&](const CsvTable &t, qsizetype i) {
        Value v;
        v.indicatorCode = t.field(i, QStringLiteral("indicator"));
        v.regionCode = t.field(i, QStringLiteral("region"));
        v.year = t.field(i, QStringLiteral("year")).toInt();
        v.quarter = t.field(i, QStringLiteral("quarter")).toInt();
        const auto amount = Decimal::parse(t.field(i, QStringLiteral("value")));
        if (!amount)
            return Outcome(badField(t, i, QStringLiteral("value"), QStringLiteral("values.csv")));
        v.value = *amount;
        v.comment = t.field(i, QStringLiteral("comment"));
        v.enteredBy = user;
        v.enteredAt = now;
        return valuestore::upsert(db, v);
    });
}

} // namespace

Outcome loadSampleFrom(Database &db, const QString &folder, const QString &userName)
{
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.error()};
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const auto &step : {loadRegions, loadCatalogue, loadTargets})
        if (auto ok = step(db, folder); !ok)
            return ok;
    if (auto ok = loadValues(db, folder, userName, now); !ok)
        return ok;
    AuditEntry entry;
    entry.at = now;
    entry.user = userName;
    entry.action = QStringLiteral("sample.load");
    entry.comment = QCoreApplication::translate("zx::Sample", "Sample county XX区 loaded (2022–2023, partly illustrative)");
    if (auto ok = auditstore::append(db, entry); !ok)
        return ok;
    return tx.commit();
}

Outcome loadSample(Database &db, const QString &userName)
{
    return loadSampleFrom(db, QStringLiteral(":/sample"), userName);
}

} // namespace zx
