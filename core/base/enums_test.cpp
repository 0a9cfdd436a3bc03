#include <gtest/gtest.h>

#include "base/enums.h"

namespace replycheck {
namespace {

TEST(Enums, NamesParseBackToTheirValues) {
    for (Severity s : {Severity::suggestion, Severity::warning, Severity::error})
        EXPECT_EQ(parse_severity(to_string(s)), s);
    for (Visibility v : {Visibility::public_reply, Visibility::private_reply}) EXPECT_EQ(parse_visibility(to_string(v)), v);
    for (Mood m : {Mood::upset, Mood::neutral, Mood::happy}) EXPECT_EQ(parse_mood(to_string(m)), m);
    EXPECT_EQ(to_string(Visibility::public_reply), "public");
    EXPECT_EQ(to_string(Severity::error), "error");
}

TEST(Enums, OnlyTheExactNamesParse) {
    EXPECT_FALSE(parse_severity("Error"));
    EXPECT_FALSE(parse_severity("off"));
    EXPECT_FALSE(parse_visibility(""));
    EXPECT_FALSE(parse_visibility("public "));
    EXPECT_FALSE(parse_mood("angry"));
}

TEST(Enums, SeveritiesAreOrderedByWeight) {
    EXPECT_LT(Severity::suggestion, Severity::warning);
    EXPECT_LT(Severity::warning, Severity::error);
}

}  // namespace
}  // namespace replycheck
