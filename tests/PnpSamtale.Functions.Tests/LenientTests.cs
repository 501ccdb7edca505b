using System.Text.Json;
using PnpSamtale.Functions.Protocol;

namespace PnpSamtale.Functions.Tests;

/// <summary>The timer's dates and the host's string encodings, read as leniently as the host writes them.</summary>
public sealed class LenientTests
{
    [Theory]
    [InlineData("\"2026-03-02T02:00:00.0046551+00:00\"", "2026-03-02T02:00:00.0046551+00:00")]
    [InlineData("\"2026-03-02T02:00:00Z\"", "2026-03-02T02:00:00+00:00")]
    [InlineData("\"2026-03-02T03:00:00+01:00\"", "2026-03-02T02:00:00+00:00")]
    [InlineData("\"2026-03-02T02:00:00\"", "2026-03-02T02:00:00+00:00")]
    [InlineData("\"3/2/2026 2:00:00 AM\"", "2026-03-02T02:00:00+00:00")]
    public void Moment_ReadsEveryShapeTheHostWrites_AsUtcWhenNoOffset(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Lenient.Moment(document.RootElement));
    }

    [Theory]
    [InlineData("\"0001-01-01T00:00:00\"")]
    [InlineData("\"0001-01-01T00:00:00+00:00\"")]
    [InlineData("\"yesterday\"")]
    [InlineData("null")]
    [InlineData("42")]
    public void Moment_NeverOrUnreadable_IsUnknown(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Null(Lenient.Moment(document.RootElement));
    }

    [Fact]
    public void TimerTrigger_WithAndWithoutStatus_AndGarbage_NeverThrows()
    {
        static TimerTrigger Read(string json)
        {
            using var document = JsonDocument.Parse(json);
            return TimerTrigger.From(document.RootElement.Clone());
        }

        var tracked = Read("""{"Schedule":{"AdjustForDST":true},"ScheduleStatus":{"Last":"2026-11-11T06:00:00.0012345+00:00","Next":"2026-11-13T06:00:00+00:00","LastUpdated":"2026-11-11T06:00:00.0012345+00:00"},"IsPastDue":false}""");
        Assert.Equal(new TimerTrigger(false, new DateTimeOffset(2026, 11, 11, 6, 0, 0, TimeSpan.Zero).AddTicks(12345), new DateTimeOffset(2026, 11, 13, 6, 0, 0, TimeSpan.Zero)), tracked);
        Assert.Equal(new TimerTrigger(true, null, null), Read("""{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":true}"""));
        Assert.Equal(new TimerTrigger(false, null, null), Read("""{"ScheduleStatus":{"Last":"not a date","Next":17},"IsPastDue":"no"}"""));
        Assert.Equal(new TimerTrigger(false, null, null), Read("\"garbage\""));
        Assert.Equal(new TimerTrigger(false, null, null), TimerTrigger.From(null));
    }

    [Fact]
    public void Unwrap_RemovesJsonInAStringLayers_ButLeavesPlainText()
    {
        using var twice = JsonDocument.Parse(JsonSerializer.Serialize(JsonSerializer.Serialize("""{"term":"H2026"}""")));
        Assert.Equal("H2026", Lenient.Unwrap(twice.RootElement).GetProperty("term").GetString());
        using var plain = JsonDocument.Parse("\"hello world\"");
        Assert.Equal("hello world", Lenient.Unwrap(plain.RootElement).GetString());
        using var broken = JsonDocument.Parse("\"{not json\"");
        Assert.Equal("{not json", Lenient.Unwrap(broken.RootElement).GetString());
    }
}
