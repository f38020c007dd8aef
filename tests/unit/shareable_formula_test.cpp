// A formula rewritten for a shareable copy (addin/pure/shareable_formula.hpp): each Goalpost
// call replaced by its form, every argument shape kept, and a cell frozen when a call has no form.
// The expected formulas are written out by hand from the forms below.
#include "shareable_formula.hpp"

#include <gtest/gtest.h>

#include <array>

namespace goalpost::addin {
namespace {

constexpr std::array<SharedForm, 5> forms{{
    {"CPL", "IF(SUM({2})=0;1/0;SUM({1})/SUM({2}))"},
    {"ROI", "(SUM({1})*{3=1}-SUM({2}))/SUM({2})"},
    {"BREAKEVENROAS", "1/{1}"},
    {"SMARTSCORE", ""},
    {"PACE", "{1}/({2}*{3}/{4})"},
}};

std::string shared(std::string_view formula) {
    const SharedFormula result = shareable_formula(formula, forms);
    EXPECT_TRUE(result.calls_goalpost) << formula;
    EXPECT_FALSE(result.frozen) << formula;
    return result.formula;
}

TEST(ShareableFormula, CellsRangesArraysAndNumbers) {
    EXPECT_EQ(shared("=ORG.GOALPOST.CALC.FUNCTIONS.CPL(B2;C2)"), "=IF(SUM(C2)=0;1/0;SUM(B2)/SUM(C2))");
    EXPECT_EQ(shared("=ORG.GOALPOST.CALC.FUNCTIONS.CPL($Data.B2:B40;$'Q3 data'.C2:C40)"),
              "=IF(SUM($'Q3 data'.C2:C40)=0;1/0;SUM($Data.B2:B40)/SUM($'Q3 data'.C2:C40))");
    EXPECT_EQ(shared("=ORG.GOALPOST.CALC.FUNCTIONS.CPL({100;200|300;400};30)"),
              "=IF(SUM(30)=0;1/0;SUM({100;200|300;400})/SUM(30))");
    // an expression is put in parentheses, a form that is not one call too
    EXPECT_EQ(shared("=2*ORG.GOALPOST.CALC.FUNCTIONS.BREAKEVENROAS(1-B3)"), "=2*(1/(1-B3))");
}

TEST(ShareableFormula, OmittedOptionalArgumentsTakeTheirMeaning) {
    EXPECT_EQ(shared("=ORG.GOALPOST.CALC.FUNCTIONS.ROI(E2;B2)"), "=((SUM(E2)*1-SUM(B2))/SUM(B2))");
    EXPECT_EQ(shared("=ORG.GOALPOST.CALC.FUNCTIONS.ROI(E2;B2;)"), "=((SUM(E2)*1-SUM(B2))/SUM(B2))");
    EXPECT_EQ(shared("=ORG.GOALPOST.CALC.FUNCTIONS.ROI(E2;B2;0.4)"),
              "=((SUM(E2)*0.4-SUM(B2))/SUM(B2))");
}

TEST(ShareableFormula, LineBreaksAndTableReferencesInArguments) {
    EXPECT_EQ(shared("=ORG.GOALPOST.CALC.FUNCTIONS.ROI(E2;\nB2;\n)"), "=((SUM(E2)*1-SUM(B2))/SUM(B2))");
    EXPECT_EQ(shared("=ORG.GOALPOST.CALC.FUNCTIONS.CPL(Tbl[[#This Row];[Spend]];C2)"),
              "=IF(SUM(C2)=0;1/0;SUM((Tbl[[#This Row];[Spend]]))/SUM(C2))");
}

TEST(ShareableFormula, NestedCallsTextAndOtherFunctionsAreKept) {
    EXPECT_EQ(shared("=IF(A1=\"ORG.GOALPOST.CALC.FUNCTIONS.CPL(1;2)\";\"\";"
                     "ROUND(ORG.GOALPOST.CALC.FUNCTIONS.CPL(B2;ORG.GOALPOST.CALC.FUNCTIONS.CPL(C2;D2));2))"),
              "=IF(A1=\"ORG.GOALPOST.CALC.FUNCTIONS.CPL(1;2)\";\"\";"
              "ROUND(IF(SUM((IF(SUM(D2)=0;1/0;SUM(C2)/SUM(D2))))=0;1/0;SUM(B2)/SUM((IF(SUM(D2)=0;1/0;"
              "SUM(C2)/SUM(D2)))));2))");
    // the name as a file without the extension stores it, in lower case
    EXPECT_EQ(shared("=org.goalpost.calc.functions.pace(A1;B1;C1;D1)"), "=(A1/(B1*C1/D1))");
}

TEST(ShareableFormula, NoFormOrMissingArgumentFreezes) {
    EXPECT_TRUE(shareable_formula("=ORG.GOALPOST.CALC.FUNCTIONS.SMARTSCORE(A2)", forms).frozen);
    EXPECT_TRUE(shareable_formula("=ORG.GOALPOST.CALC.FUNCTIONS.UNKNOWN(A2)", forms).frozen);
    // a required argument left out, one too many, an unclosed call
    EXPECT_TRUE(shareable_formula("=ORG.GOALPOST.CALC.FUNCTIONS.CPL(B2)", forms).frozen);
    EXPECT_TRUE(shareable_formula("=ORG.GOALPOST.CALC.FUNCTIONS.CPL(B2;C2;D2)", forms).frozen);
    EXPECT_TRUE(shareable_formula("=ORG.GOALPOST.CALC.FUNCTIONS.CPL(B2;C2", forms).frozen);
    // a formula Excel would refuse as too long: each mention repeats the argument
    const std::string long_argument = "SUM(" + std::string(3000, '1') + ")";
    EXPECT_TRUE(shareable_formula("=ORG.GOALPOST.CALC.FUNCTIONS.CPL(" + long_argument + ";" +
                                      long_argument + ")", forms).frozen);
    // one frozen call freezes the whole cell
    EXPECT_TRUE(shareable_formula("=ORG.GOALPOST.CALC.FUNCTIONS.CPL(B2;C2)+"
                                  "ORG.GOALPOST.CALC.FUNCTIONS.SMARTSCORE(A2)", forms).frozen);
}

TEST(ShareableFormula, FormulasWithoutGoalpostAreLeftAlone) {
    for (const char* formula : {"=SUM(A1:A3)", "=\"ORG.GOALPOST.CALC.FUNCTIONS.CPL(1;2)\"",
                                "=XORG.GOALPOST.CALC.FUNCTIONS.CPL(1;2)", "=A1"}) {
        const SharedFormula result = shareable_formula(formula, forms);
        EXPECT_FALSE(result.calls_goalpost) << formula;
        EXPECT_FALSE(result.frozen) << formula;
    }
}

} // namespace
} // namespace goalpost::addin
