using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.SharePoint.Items;

/// <summary>
/// One entry of <c>formValues</c>: a field's internal name and its value as text, in the invariant forms
/// docs/wire-subset.md lists (numbers <c>2.5</c>, booleans <c>1</c>/<c>0</c>, dates <c>yyyy-MM-dd</c>, people
/// <c>[{"Key":"i:0#.f|membership|{upn}"}]</c>). The factories produce those forms.
/// </summary>
/// <param name="FieldName">The field's internal name.</param>
/// <param name="FieldValue">The value as SharePoint parses it.</param>
public sealed record FormValue(string FieldName, string FieldValue)
{
    /// <summary>Text as is.</summary>
    public static FormValue Text(string fieldName, string value) => new(fieldName, value);

    /// <summary>A number, invariant (<c>3</c>, <c>2.5</c>).</summary>
    public static FormValue Number(string fieldName, double value) =>
        new(fieldName, value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>A boolean: <c>1</c> or <c>0</c>.</summary>
    public static FormValue Boolean(string fieldName, bool value) => new(fieldName, value ? "1" : "0");

    /// <summary>A date: <c>yyyy-MM-dd</c>.</summary>
    public static FormValue Date(string fieldName, DateOnly value) =>
        new(fieldName, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A date and time in the site's time zone: <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    public static FormValue DateTime(string fieldName, DateTime value) =>
        new(fieldName, value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));

    /// <summary>A person: <c>[{"Key":"i:0#.f|membership|{upn}"}]</c>.</summary>
    public static FormValue Person(string fieldName, string upnOrLoginName)
    {
        var key = new JsonArray(new JsonObject { ["Key"] = LoginNames.ForUser(upnOrLoginName) });
        return new(fieldName, key.ToJsonString(WireJson.Options));
    }
}
