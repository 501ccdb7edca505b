using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.RoleDefinitions;

namespace PnpSamtale.Provisioning.Desired;

/// <summary>Everything one site should hold: the blueprint filled in with a round's people, steps and conversations.</summary>
/// <param name="Url">The site's absolute URL.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">The description.</param>
/// <param name="Groups">The site groups with their members.</param>
/// <param name="WebPermissions">What each role group gets on the web.</param>
/// <param name="Lists">The lists with their items and files.</param>
public sealed record DesiredSite(
    Uri Url,
    string Title,
    string Description,
    IReadOnlyList<DesiredGroup> Groups,
    IReadOnlyDictionary<RoleGroup, RoleTypeKind> WebPermissions,
    IReadOnlyList<DesiredList> Lists)
{
    /// <summary>The site's locale (fixed at creation). Default 1044, Norwegian (bokmål).</summary>
    public int Lcid { get; init; } = 1044;

    /// <summary>The site's time zone (a SharePoint zone id). Default 4, Norway's rules.</summary>
    public int TimeZoneId { get; init; } = SharePoint.Regional.SiteTimeZone.Oslo;

    /// <summary>The round's conversations and rules, for a round site; <c>null</c> for the admin site.</summary>
    public DesiredRound? Round { get; init; }

    /// <summary>The list with the role, if the site has it.</summary>
    public DesiredList? List(ListRole role) => Lists.FirstOrDefault(l => l.Blueprint.Role == role);

    /// <summary>
    /// The people granted something directly (item permissions need their site user ids), by UPN: the conversations'
    /// pairs and the people who mark round steps. Nobody else is ensured one by one: adding a person to a group or
    /// writing them into a person field resolves them on the way.
    /// </summary>
    public IReadOnlyList<string> Grantees =>
        [.. (Round?.Conversations.SelectMany(c => new[] { c.HolderUpn, c.PartnerUpn }) ?? [])
            .Concat(Round?.StepEditors.Values.SelectMany(v => v) ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)];
}

/// <summary>A site group and who should be in it.</summary>
/// <param name="Key">The role group.</param>
/// <param name="Title">The group name.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Members">The members' UPNs.</param>
public sealed record DesiredGroup(RoleGroup Key, string Title, string Description, IReadOnlyList<string> Members);

/// <summary>A list, its items (or files).</summary>
/// <param name="Blueprint">The list's blueprint.</param>
/// <param name="KeyField">The internal name of the column that identifies an item (for libraries: the file name).</param>
/// <param name="Items">The items of a list.</param>
/// <param name="Files">The files of a library.</param>
public sealed record DesiredList(ListBlueprint Blueprint, string KeyField, IReadOnlyList<DesiredItem> Items, IReadOnlyList<DesiredFile> Files)
{
    /// <summary>The list title.</summary>
    public string Title => Blueprint.Title;

    /// <summary>Every item the list should have, files' items included.</summary>
    public IEnumerable<DesiredItem> AllItems => Items.Concat(Files.Select(f => f.Item));
}

/// <summary>One item, matched by its key (or, for a conversation's items, by the register's id), never by its title.</summary>
/// <param name="Key">The value of the list's key column.</param>
/// <param name="Owned">Values the product keeps as designed (written on create, put back on every run).</param>
/// <param name="Initial">Values written on create, and later only where the field is still empty (people own them after).</param>
public sealed record DesiredItem(string Key, IReadOnlyList<FormValue> Owned, IReadOnlyList<FormValue> Initial);

/// <summary>One file of a library, matched by its file name (an opaque, stable key).</summary>
/// <param name="FileName">The file name.</param>
/// <param name="Item">The file's metadata; <see cref="DesiredItem.Key"/> is the file name.</param>
/// <param name="Content">Makes the file's bytes; called only when the file has to be uploaded.</param>
public sealed record DesiredFile(string FileName, DesiredItem Item, Func<byte[]> Content);
