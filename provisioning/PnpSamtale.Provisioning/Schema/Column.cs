using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Regional;

namespace PnpSamtale.Provisioning.Schema;

/// <summary>
/// A column the product reads or writes: its internal name, its kind and the owner the product requires of it. The one
/// place a column is spelled, read and written; the blueprint must have it with this kind and owner (the loader checks).
/// </summary>
/// <param name="Name">The internal name.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Owner">Who must own its value.</param>
public abstract record Column(string Name, ColumnKind Kind, ColumnOwner Owner)
{
    /// <summary>The name its value comes back under: <c>{Name}Id</c> for a person, else the name.</summary>
    public string ReadName => Kind == ColumnKind.User ? Name + "Id" : Name;

    /// <summary>The value as text as a comparison sees it (empty when unset); see <see cref="FormValue"/> for the forms.</summary>
    public virtual string? Text(ListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.GetString(ReadName);
    }
}

/// <summary>Text, a note or a choice.</summary>
public sealed record TextColumn(string Name, ColumnOwner Owner, ColumnKind TextKind = ColumnKind.Text) : Column(Name, TextKind, Owner)
{
    /// <summary>The value, or <c>null</c> when empty.</summary>
    public string? Read(ListItem item) => Text(item) is { Length: > 0 } text ? text : null;

    /// <summary>The value to write.</summary>
    public FormValue Value(string text) => FormValue.Text(Name, text);
}

/// <summary>A number.</summary>
public sealed record NumberColumn(string Name, ColumnOwner Owner) : Column(Name, ColumnKind.Number, Owner)
{
    /// <summary>The value as an integer (ids and counts), or <c>null</c>.</summary>
    public int? ReadInt(ListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.GetString(Name) is { } text && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) ? (int)number : null;
    }

    /// <summary>The value to write.</summary>
    public FormValue Value(double number) => FormValue.Number(Name, number);
}

/// <summary>Yes/no.</summary>
public sealed record BooleanColumn(string Name, ColumnOwner Owner) : Column(Name, ColumnKind.Boolean, Owner)
{
    /// <summary>The value, or <c>null</c> when unset.</summary>
    public bool? Read(ListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.GetBoolean(Name);
    }

    /// <summary>The value to write.</summary>
    public FormValue Value(bool value) => FormValue.Boolean(Name, value);
}

/// <summary>A date (date-only column: local midnight of the site's zone).</summary>
public sealed record DateColumn(string Name, ColumnOwner Owner) : Column(Name, ColumnKind.Date, Owner)
{
    /// <summary>The day, in the site's time zone, or <c>null</c> when unset.</summary>
    public DateOnly? Read(ListItem item, RegionalSettings regional)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(regional);
        return item.GetDateTime(Name) is { } instant ? regional.Day(instant) : null;
    }

    /// <summary>The value to write.</summary>
    public FormValue Value(DateOnly day) => FormValue.Date(Name, day);

    /// <summary>The value to write, or an empty value that clears the column.</summary>
    public FormValue ValueOrEmpty(DateOnly? day) => day is { } value ? Value(value) : FormValue.Date(Name, default) with { FieldValue = string.Empty };
}

/// <summary>A date and time.</summary>
public sealed record DateTimeColumn(string Name, ColumnOwner Owner) : Column(Name, ColumnKind.DateTime, Owner)
{
    /// <summary>The instant, or <c>null</c> when unset.</summary>
    public DateTimeOffset? Read(ListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.GetDateTime(Name);
    }

    /// <summary>The value to write.</summary>
    public FormValue Value(DateTimeOffset instant) => FormValue.DateTime(Name, instant);
}

/// <summary>A person: written by login, read as the site user id.</summary>
public sealed record PersonColumn(string Name, ColumnOwner Owner) : Column(Name, ColumnKind.User, Owner)
{
    /// <summary>The site user id, or <c>null</c> when empty.</summary>
    public int? Read(ListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.GetInt32(ReadName);
    }

    /// <summary>The value to write.</summary>
    public FormValue Value(string upn) => FormValue.Person(Name, upn);
}
