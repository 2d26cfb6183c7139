// GoogleTest entry point for widget tests: a QApplication (not just a QCoreApplication), so
// widgets, fonts and styles work; CTest runs these with QT_QPA_PLATFORM=offscreen.
#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // The build lists the tests (gtest_discover_tests) without CTest's environment, and CI
    // has no display: default to the offscreen platform unless one was asked for.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
