using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.Provisioning.Converge.Plan;

/// <summary>
/// One change the plan makes, as data: what it does to what (printed by <c>--dry-run</c>), what it needs resolved
/// first, what it makes, and how to build its request once the ids it needs are known. Pure: building a request does
/// not send it.
/// </summary>
/// <param name="Kind">What kind of change.</param>
/// <param name="Site">The site it is sent to.</param>
/// <param name="Target">What it changes, as a person reads it.</param>
/// <param name="Change">How, as a person reads it (may be empty).</param>
/// <param name="Needs">What must exist (and be known by id) before it can be sent.</param>
/// <param name="Build">Builds the request from the resolved ids.</param>
public sealed record PlannedOperation(OperationKind Kind, Uri Site, string Target, string Change, IReadOnlyList<PlanRef> Needs, Func<IdBook, WireRequest> Build)
{
    /// <summary>What the operation makes (an id others need), if anything.</summary>
    public PlanRef? Produces { get; init; }

    /// <summary>
    /// Records what was made from a successful answer (its id, a folder's path); <c>null</c> when there is nothing to read
    /// (a scope made unique is recorded as it is) or the runner learns it otherwise (an upload: by reading the library).
    /// </summary>
    public Action<WireResponse, IdBook>? Learn { get; init; }

    /// <summary>An error a successful answer carries (a field SharePoint refused), or <c>null</c>.</summary>
    public Func<WireResponse, string?>? Check { get; init; }

    /// <summary>Whether it goes through Graph (its <c>$batch</c> of 20) rather than the site's SharePoint <c>$batch</c>.</summary>
    public bool ViaGraph { get; init; }

    /// <summary>Whether a change that someone made is being put back (logged as tampering).</summary>
    public bool Reverts { get; init; }

    /// <summary>The line <c>--dry-run</c> prints.</summary>
    public override string ToString() => string.IsNullOrEmpty(Change) ? $"{Verb(Kind)} {Target}" : $"{Verb(Kind)} {Target}: {Change}";

    /// <summary>The Norwegian verb the plan prints for a kind of operation.</summary>
    public static string Verb(OperationKind kind) => kind switch
    {
        OperationKind.CreateSite => "opprett nettsted",
        OperationKind.EnsureUser => "registrer bruker",
        OperationKind.CreateGroup => "opprett gruppe",
        OperationKind.CreateRoleDefinition => "opprett tillatelsesnivå",
        OperationKind.AddMember => "legg til medlem",
        OperationKind.RemoveMember => "fjern medlem",
        OperationKind.CreateList => "opprett liste",
        OperationKind.AddColumn => "legg til kolonne",
        OperationKind.SetFormatter => "formater kolonne",
        OperationKind.DeleteView => "slett visning",
        OperationKind.AddView => "opprett visning",
        OperationKind.BreakInheritance => "gi egne tillatelser",
        OperationKind.Grant => "gi tilgang",
        OperationKind.Revoke => "fjern tilgang",
        OperationKind.AddItem => "legg til element",
        OperationKind.UpdateItem => "oppdater element",
        OperationKind.RevertItem => "tilbakestill element",
        OperationKind.EnableFolders => "tillat mapper i",
        OperationKind.CreateFolder => "opprett mappe",
        OperationKind.UploadFile => "last opp",
        OperationKind.WriteLog => "skriv i loggen",
        _ => kind.ToString(),
    };
}

/// <summary>The kinds of change a plan makes.</summary>
public enum OperationKind
{
    /// <summary>Create the site collection.</summary>
    CreateSite,

    /// <summary>Make a person a site user (only people granted something directly).</summary>
    EnsureUser,

    /// <summary>Create a site group.</summary>
    CreateGroup,

    /// <summary>Add a permission level to the site.</summary>
    CreateRoleDefinition,

    /// <summary>Add a person to a group.</summary>
    AddMember,

    /// <summary>Remove a person from a group.</summary>
    RemoveMember,

    /// <summary>Create a list or library with its columns.</summary>
    CreateList,

    /// <summary>Add a column the blueprint gained to an existing list.</summary>
    AddColumn,

    /// <summary>Set a column's formatting.</summary>
    SetFormatter,

    /// <summary>Delete a view that is not as designed.</summary>
    DeleteView,

    /// <summary>Create a view.</summary>
    AddView,

    /// <summary>Give a scope permissions of its own.</summary>
    BreakInheritance,

    /// <summary>Grant a role at a scope.</summary>
    Grant,

    /// <summary>Remove a role at a scope.</summary>
    Revoke,

    /// <summary>Add an item.</summary>
    AddItem,

    /// <summary>Write designed values to an item.</summary>
    UpdateItem,

    /// <summary>Put back values someone changed who may not.</summary>
    RevertItem,

    /// <summary>Allow folders in a list.</summary>
    EnableFolders,

    /// <summary>Create a folder in a list.</summary>
    CreateFolder,

    /// <summary>Upload a file into a library.</summary>
    UploadFile,

    /// <summary>Write an entry to <c>Logg</c>.</summary>
    WriteLog,
}
