namespace PnpSamtale.Provisioning.Tests.Forms;

/// <summary>The shipped routines and form templates, and requests with fictional people, for the form tests.</summary>
internal static class FormFixtures
{
    public const string StInn = "stinn-medarbeidersamtaler";
    public const string Ntnu = "ntnu-medarbeidersamtale";

    public static string FormsDirectory { get; } = System.IO.Path.Combine(PnpSamtale.Tests.Shared.RepositoryRoot.Path, "templates", "forms");

    public static PnpSamtale.Provisioning.Forms.FormTemplate Template(string routineId)
    {
        var loaded = PnpSamtale.Provisioning.Forms.FormTemplateLoader.LoadFile(System.IO.Path.Combine(FormsDirectory, routineId + ".yaml"));
        return loaded.Template ?? throw new System.InvalidOperationException(string.Join(System.Environment.NewLine, loaded.Diagnostics));
    }

    public static PnpSamtale.Core.Routines.Routine Routine(string routineId)
    {
        var path = System.IO.Path.Combine(PnpSamtale.Tests.Shared.RepositoryRoot.Path, "templates", "routines", routineId + ".yaml");
        return PnpSamtale.Core.Routines.RoutineLoader.LoadOrThrow(System.IO.File.ReadAllText(path), path);
    }

    /// <summary>The routine's notices in <paramref name="language"/>, as the caller of FormDocument resolves them.</summary>
    public static System.Collections.Generic.Dictionary<string, string> Notices(PnpSamtale.Core.Routines.Routine routine, string language) =>
        System.Linq.Enumerable.ToDictionary(routine.Notices, n => n.Id, n => language == "en" ? n.TextEn : n.Text);

    /// <summary>A StInn conversation: NL-SST holds it with the leader of the election committee on campus Gjøvik.</summary>
    public static PnpSamtale.Provisioning.Forms.FormRequest StInnRequest(string language)
    {
        var routine = Routine(StInn);
        return new PnpSamtale.Provisioning.Forms.FormRequest
        {
            RoundTitle = "H2026",
            RoutineTitle = language == "en" ? routine.TitleEn! : routine.Title,
            Language = language,
            HolderName = "Kari Nordmann",
            PartnerName = "Ola Berg",
            PartnerRole = language == "en" ? "Chair of the Election Committee" : "Leder av Valgkomiteen",
            Campus = "Gjøvik",
            Window = new PnpSamtale.Provisioning.Forms.FormWindow(new System.DateOnly(2026, 11, 9), new System.DateOnly(2026, 11, 20)),
            ConversationKey = "h2026-3.5-7f3a9c",
            Classification = language == "en" ? "Confidential" : "Konfidensielt",
            Notices = Notices(routine, language),
        };
    }

    /// <summary>An NTNU conversation: a head of department with a postdoctoral fellow.</summary>
    public static PnpSamtale.Provisioning.Forms.FormRequest NtnuRequest(string language, string formId, bool careerPlan)
    {
        var routine = Routine(Ntnu);
        return new PnpSamtale.Provisioning.Forms.FormRequest
        {
            RoundTitle = "2027",
            RoutineTitle = language == "en" ? routine.TitleEn! : routine.Title,
            Language = language,
            HolderName = "Randi Lunde",
            PartnerName = "Chen Wei",
            PartnerRole = language == "en" ? "Postdoctoral fellow" : "Postdoktor",
            CategoryId = "postdoktor",
            FormId = formId,
            CareerPlan = careerPlan,
            Window = new PnpSamtale.Provisioning.Forms.FormWindow(new System.DateOnly(2027, 2, 1), new System.DateOnly(2027, 3, 26)),
            ConversationKey = "2027-3.1-0b41e2",
            Classification = language == "en" ? "Confidential" : "Konfidensielt",
            Notices = Notices(routine, language),
        };
    }
}
