namespace PnpSamtale.SharePoint.Lists;

/// <summary>A column to create with a list.</summary>
/// <param name="Name">
/// The internal name, ASCII letters, digits and <c>_</c> only (SharePoint would encode anything else as
/// <c>_x00f8_</c>); put Norwegian text in <see cref="DisplayName"/>.
/// </param>
/// <param name="Kind">The column type.</param>
public sealed record ColumnDefinition(string Name, ColumnKind Kind)
{
    /// <summary>The name people see. Default: none (SharePoint shows <see cref="Name"/>).</summary>
    public string? DisplayName { get; init; }

    /// <summary>Whether the column is indexed, so it can be filtered on past 5,000 items. Default <c>false</c>.</summary>
    public bool Indexed { get; init; }

    /// <summary>Whether a value is required. Default <c>false</c>.</summary>
    public bool Required { get; init; }

    /// <summary>Whether values must be unique (needs <see cref="Indexed"/>). Default <c>false</c>.</summary>
    public bool EnforceUniqueValues { get; init; }

    /// <summary>The choices of a <see cref="ColumnKind.Choice"/> column. Default none.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];
}
