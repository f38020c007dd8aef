#include "answer.hpp"
#include "cell_errors.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <new>
#include <stdexcept>

namespace goalpost::addin {
namespace {

TEST(CodedError, CarriesCalcErrorNumberInANaN) {
    // The bit pattern LibreOffice's CreateDoubleError gives for #DIV/0! (error 532 = 0x214).
    EXPECT_EQ(std::bit_cast<std::uint64_t>(coded_error(CalcError::division_by_zero)),
              UINT64_C(0x7FF8000000000214));
    EXPECT_TRUE(std::isnan(coded_error(CalcError::not_available)));
    EXPECT_EQ(error_number_of(coded_error(CalcError::illegal_argument)), 502);
    EXPECT_EQ(error_number_of(1.5), 0);
}

TEST(ToCell, MapsEachErrorKindToItsCalcError) {
    EXPECT_EQ(error_number_of(to_cell(Failure{ErrorKind::division_by_zero, 0, ""})), 532);
    EXPECT_EQ(error_number_of(to_cell(Failure{ErrorKind::invalid_argument, 0, ""})), 502);
    EXPECT_EQ(error_number_of(to_cell(Failure{ErrorKind::wrong_type, 0, ""})), 519);
    EXPECT_EQ(error_number_of(to_cell(Failure{ErrorKind::not_available, 0, ""})), 0x7FFF);
    EXPECT_EQ(error_number_of(to_cell(Failure{ErrorKind::overflow, 0, ""})), 503);
    EXPECT_DOUBLE_EQ(to_cell(Result<double>(20.0)), 20.0);
}

TEST(ToCell, NeverPassesANonFiniteValueAsANumber) {
    EXPECT_EQ(error_number_of(to_cell(Result<double>(HUGE_VAL))), 503);
}

TEST(ApplyConverted, FirstFailingArgumentWins) {
    const auto add = [](double a, double b) { return Result<double>(a + b); };
    EXPECT_DOUBLE_EQ(*apply_converted(add, Result<double>(1.0), Result<double>(2.0)), 3.0);
    auto failed = apply_converted(add, Result<double>(Failure{ErrorKind::wrong_type, 1, ""}),
                                  Result<double>(Failure{ErrorKind::invalid_argument, 2, ""}));
    EXPECT_EQ(failed.failure().argument, 1);
}

TEST(NumberAnswer, AnInternalFailureBecomesACellErrorNotAnException) {
    const double bad_alloc_cell = number_answer([]() -> Result<double> { throw std::bad_alloc(); });
    EXPECT_EQ(error_number_of(bad_alloc_cell), 519);
    const double logic_cell =
        number_answer([]() -> Result<double> { throw std::logic_error("bug"); });
    EXPECT_EQ(error_number_of(logic_cell), 519);
}

} // namespace
} // namespace goalpost::addin
