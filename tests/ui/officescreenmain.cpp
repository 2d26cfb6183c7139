// GoogleTest entry point for widget tests on an office PC's screen: the offscreen platform's
// screen is configured as 1280×720 less a taskbar (1280×680), so windows and dialogs are
// laid out, clamped and measured as they would be there — not on the platform's default 800×600.
#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // The file is read while the application is constructed; its path must hold no ':' (the
    // platform argument's separator).
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"windowFrameMargins": true, "screens": [{"name": "office",
        "x": 0, "y": 0, "width": 1280, "height": 680, "logicalDpi": 96, "logicalBaseDpi": 96,
        "dpr": 1}]})");
    file.close();
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen")
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toUtf8());
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
