namespace PnpSamtale.Provisioning.Blueprints;

/// <summary>What a list is for; the code finds lists by role, people see them by title.</summary>
public enum ListRole
{
    /// <summary>Admin site: the rounds registry (<c>Runder</c>).</summary>
    Rounds = 0,

    /// <summary>Admin site: the roster (<c>Verv</c>).</summary>
    Roster = 1,

    /// <summary>Admin site: audit entries and deletion receipts (<c>Logg</c>).</summary>
    Log = 2,

    /// <summary>Admin site: what was sent to whom (<c>Varsler</c>).</summary>
    Notices = 3,

    /// <summary>Round site: the routine's steps (<c>Aktiviteter</c>).</summary>
    Steps = 4,

    /// <summary>Round site: the conversations (<c>Samtaler</c>).</summary>
    Conversations = 5,

    /// <summary>Round site: agreed measures (<c>Tiltak</c>).</summary>
    Measures = 6,

    /// <summary>Round site: the forms library (<c>Samtaleskjema</c>).</summary>
    Forms = 7,

    /// <summary>Round site: the evaluation minutes library (<c>Referater</c>).</summary>
    Minutes = 8,

    /// <summary>Round site, owners only: which items belong to each conversation and what the routine accepted (<c>Samtaleregister</c>).</summary>
    Register = 9,

    /// <summary>Round site, owners only: legal holds (<c>Tilbakehold</c>).</summary>
    Holds = 10,
}
