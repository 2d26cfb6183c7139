// GoogleTest entry point shared by the suites: creates the application object first, so
// Qt's SQL drivers, translations and fonts work as in the app.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
