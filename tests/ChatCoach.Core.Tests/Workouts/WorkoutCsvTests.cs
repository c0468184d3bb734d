using System.Globalization;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Tests.Workouts;

public sealed class WorkoutCsvTests
{
    private static readonly string[] Columns = ["date", "exercise_id", "exercise_name", "set_number", "weight", "unit", "reps", "seconds", "rpe"];

    private static StoredSet Set(int setNumber, string exerciseId = "deadlift", string name = "Deadlift", int? reps = 5, decimal? weight = 100, WeightUnit? unit = WeightUnit.Kg, int? seconds = null, decimal? rpe = null) =>
        new(setNumber, 1, exerciseId, name, new DateOnly(2026, 11, 16), setNumber, reps, weight, unit, seconds, rpe);

    [Fact]
    public void The_export_starts_with_a_header_naming_every_column()
    {
        var rows = Rfc4180.Read(WorkoutCsv.Write([]));

        Assert.Equal(Columns, Assert.Single(rows));
        Assert.Equal(WorkoutCsv.Header, string.Join(',', Columns));
    }

    [Fact]
    public void Each_set_is_one_row_with_empty_cells_for_what_it_does_not_have()
    {
        var csv = WorkoutCsv.Write([
            Set(1),
            Set(2, rpe: 8),
            Set(1, "hollow-hold", "Hollow hold", reps: null, weight: null, unit: null, seconds: 30),
        ]);

        var rows = Rfc4180.Read(csv);

        Assert.Equal(4, rows.Count);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(["2026-11-16", "deadlift", "Deadlift", "1", "100", "kg", "5", "", ""], rows[1]);
        Assert.Equal(["2026-11-16", "deadlift", "Deadlift", "2", "100", "kg", "5", "", "8"], rows[2]);
        Assert.Equal(["2026-11-16", "hollow-hold", "Hollow hold", "1", "", "", "", "30", ""], rows[3]);
    }

    [Fact]
    public void A_custom_name_with_a_comma_a_quote_and_a_leading_equals_sign_survives_and_cannot_run_as_a_formula()
    {
        const string name = "=HYPERLINK(\"http://x.test\", \"cable row\")";

        var rows = Rfc4180.Read(WorkoutCsv.Write([Set(1, "custom:hyperlink-http-x-test-cable-row", name)]));

        var row = rows[1];
        Assert.Equal(9, row.Count);
        Assert.Equal("'" + name, row[2]);
        Assert.Equal("100", row[4]);
    }

    [Theory]
    [InlineData("+cable row")]
    [InlineData("-cable row")]
    [InlineData("@cable row")]
    [InlineData("\tcable row")]
    public void Every_character_a_spreadsheet_reads_as_a_formula_start_gets_an_apostrophe(string name)
    {
        var rows = Rfc4180.Read(WorkoutCsv.Write([Set(1, "custom:cable-row", name)]));

        Assert.Equal("'" + name, rows[1][2]);
    }

    [Fact]
    public void A_name_that_only_contains_an_equals_sign_is_left_as_written()
    {
        var rows = Rfc4180.Read(WorkoutCsv.Write([Set(1, "custom:a-b", "a=b")]));

        Assert.Equal("a=b", rows[1][2]);
    }

    [Fact]
    public void Decimals_use_a_point_whatever_the_culture()
    {
        // The tests run with invariant globalization, where CultureInfo("de-DE") cannot be created: a culture with
        // German number formatting, built by hand, is what a German machine would bring.
        var german = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        german.NumberFormat.NumberDecimalSeparator = ",";
        german.NumberFormat.NumberGroupSeparator = ".";
        var before = CultureInfo.CurrentCulture;
        string csv;
        try
        {
            CultureInfo.CurrentCulture = german;
            Assert.Equal("102,5", 102.5m.ToString(CultureInfo.CurrentCulture));
            csv = WorkoutCsv.Write([Set(1, weight: 102.5m, rpe: 7.5m), Set(2, weight: 1102.25m, unit: WeightUnit.Lb)]);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        var rows = Rfc4180.Read(csv);
        Assert.Equal(["2026-11-16", "deadlift", "Deadlift", "1", "102.5", "kg", "5", "", "7.5"], rows[1]);
        Assert.Equal(["2026-11-16", "deadlift", "Deadlift", "2", "1102.25", "lb", "5", "", ""], rows[2]);
    }
}
