using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Definitions;
using PnpSamtale.Core.Terms;
using YamlDotNet.RepresentationModel;

namespace PnpSamtale.Core.Routines;

/// <summary>
/// Reads a routine definition (YAML, see <c>templates/routines/routine.schema.json</c>) into a <see cref="Routine"/>.
/// Syntax and schema errors come back as diagnostics with file, line and column; the semantic checks are in
/// <see cref="RoutineLinter"/>.
/// </summary>
public static class RoutineLoader
{
    /// <summary>The name of the embedded routine schema.</summary>
    public const string SchemaName = "routine.schema.json";

    /// <summary>Reads and lints a routine from YAML text; <paramref name="file"/> names it in messages.</summary>
    public static LoadedRoutine Load(string yaml, string file, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(file);
        var document = DefinitionDocument.Parse(yaml, file, SchemaName);
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var source = new SourceMap(file, locations);
        if (document.Root is null)
        {
            return new LoadedRoutine(null, source, document.Diagnostics);
        }

        var reader = new Reader(document, locations);
        var routine = reader.Read(new YamlMap(document.Root));
        var loaded = new LoadedRoutine(routine, source, reader.Diagnostics);
        var findings = RoutineLinter.Lint(loaded, clock ?? TimeProvider.System);
        IReadOnlyList<Diagnostic> all = [.. reader.Diagnostics, .. findings];
        return loaded with { Routine = all.Any(d => d.Severity == Severity.Error) ? null : routine, Diagnostics = all };
    }

    /// <summary>Reads a routine file, throwing a <see cref="DefinitionException"/> with every finding if it has errors.</summary>
    public static Routine LoadOrThrow(string yaml, string file, TimeProvider? clock = null)
    {
        var loaded = Load(yaml, file, clock);
        return loaded.Routine ?? throw new DefinitionException(loaded.Diagnostics);
    }

    private sealed class Reader(DefinitionDocument document, Dictionary<string, SourceLocation> locations)
    {
        private readonly Dictionary<StepId, int> _seen = [];

        public List<Diagnostic> Diagnostics { get; } = [];

        public Routine Read(YamlMap root)
        {
            var phases = root.Maps("phases").Select(ReadPhase).ToList();
            var reminders = root.Map("reminders");
            Mark("ownerRole", root.Required("ownerRole"));
            Mark("reminders/escalateTo", reminders.Required("escalateTo"));
            return new Routine
            {
                Id = root.String("id"),
                Title = root.String("title"),
                TitleEn = root.OptionalString("titleEn"),
                OwnerRole = root.String("ownerRole"),
                Cadence = ReadCadence(root.Map("cadence")),
                Calendar = ReadCalendar(root.OptionalMap("calendar")),
                Roles = [.. root.Maps("roles").Select(r =>
                {
                    Mark($"roles/{r.String("abbreviation")}", r.Node);
                    return new RoleDefinition(r.String("abbreviation"), r.String("title"));
                })],
                Phases = phases,
                Classifications = [.. root.Maps("classifications").Select((c, i) =>
                {
                    Mark($"classifications/{i}", c.Node);
                    return new Classification(c.String("id"), c.String("title"), c.String("titleEn"), c.Bool("default", false), Texts(c, "extraReaders", $"classifications/{i}/extraReaders"));
                })],
                Custodians = Texts(root, "custodians", "custodians"),
                Retention = ReadRetention(root.Map("retention")),
                Reminders = new ReminderPolicy(reminders.Int("leadBusinessDays", 2), reminders.Int("escalateAfterBusinessDays", 3), reminders.String("escalateTo")),
                Categories = [.. root.Maps("categories").Select(c => new ConversationCategory(c.String("id"), c.String("title"), c.String("titleEn"), c.String("form"), c.Bool("careerPlan", false)))],
                Notices = [.. root.Maps("notices").Select(n => new Notice(n.String("id"), n.String("text"), n.String("textEn")))],
            };
        }

        private Phase ReadPhase(YamlMap phase)
        {
            var scope = phase.OptionalString("scope") == "conversation" ? PhaseScope.Conversation : PhaseScope.Round;
            return new Phase(phase.String("id"), phase.String("title"), scope, [.. phase.Maps("steps").Select(ReadStep)]);
        }

        private Step ReadStep(YamlMap step)
        {
            var id = StepId.Parse(step.String("id"));
            // A repeated id gets its own key (steps/1.1@2) so the linter can point at the repetition.
            var occurrence = _seen[id] = _seen.GetValueOrDefault(id) + 1;
            var key = occurrence == 1 ? $"steps/{id}" : $"steps/{id}@{occurrence}";
            Mark(key, step.Node);
            Mark($"{key}/id", step.Required("id"));
            Mark($"{key}/responsible", step.Get("responsibleRole") ?? step.Required("responsible"));
            Mark($"{key}/timing", step.Required("timing"));
            var participants = step.Maps("participants").Select((p, i) =>
            {
                Mark($"{key}/participants/{i}", p.Required("role"));
                return new Participant(p.String("role"), p.Bool("optional", false), Texts(p, "representing", $"{key}/participants/{i}/representing"));
            }).ToList();
            return new Step
            {
                Id = id,
                Activity = step.String("activity"),
                ActivityEn = step.OptionalString("activityEn"),
                Description = step.OptionalString("description") ?? string.Empty,
                Responsible = step.String("responsible"),
                Responsibility = ReadResponsibility(step.OptionalString("responsibleRole") ?? step.String("responsible")),
                When = step.OptionalString("when") ?? string.Empty,
                Timing = ReadTiming(step.Map("timing"), key),
                Occurs = ReadOccurrences(step.OptionalMap("occurs")),
                Conversation = step.OptionalMap("conversation") is { } c ? ReadConversation(c, key) : null,
                Participants = participants,
                DoneWhen = ReadEvidence(step.OptionalString("doneWhen")),
            };
        }

        private static StepEvidence ReadEvidence(string? text) => text switch
        {
            null => StepEvidence.None,
            "scheduled" => StepEvidence.Scheduled,
            "held" => StepEvidence.Held,
            "formSent" => StepEvidence.FormSent,
            "formConfirmed" => StepEvidence.FormConfirmed,
            "formArchived" => StepEvidence.FormArchived,
            "measures" => StepEvidence.Measures,
            _ => StepEvidence.None,
        };

        private static Responsibility ReadResponsibility(string text) => text switch
        {
            "holder" => new Responsibility(ResponsibleKind.Holder, null),
            "partner" => new Responsibility(ResponsibleKind.Partner, null),
            "copyHolders" => new Responsibility(ResponsibleKind.CopyHolders, null),
            _ => Responsibility.ForRole(text),
        };

        private TimingRule ReadTiming(YamlMap timing, string key)
        {
            StepId Ref(YamlNode node, int index = 0)
            {
                Mark($"{key}/timing/{index}", node);
                return StepId.Parse(((YamlScalarNode)node).Value!);
            }

            return timing.String("kind") switch
            {
                "before" => new BeforeStep(Ref(timing.Required("step")), timing.Int("businessDays", 0)),
                "after" => ReadAfter(timing, Ref),
                "sameDay" => new SameDayAs(Ref(timing.Required("step"))),
                "season" => new InSeason(ReadSeasonAnchors(timing)),
                "setIn" => new SetInStep(Ref(timing.Required("step"))),
                "conversation" => new AtConversation(),
                _ => new AtTermEnd(),
            };
        }

        private AfterSteps ReadAfter(YamlMap timing, Func<YamlNode, int, StepId> reference)
        {
            var min = timing.Int("minBusinessDays", 0);
            var max = timing.Int("maxBusinessDays", 0);
            if (max < min)
            {
                Diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.Schema, document.At(timing.Required("maxBusinessDays")), $"maxBusinessDays ({max}) is less than minBusinessDays ({min})"));
            }

            return new AfterSteps([.. timing.Scalars("steps").Select((s, i) => reference(s, i))], min, Math.Max(min, max));
        }

        private static Dictionary<Season, SeasonAnchor> ReadSeasonAnchors(YamlMap map)
        {
            var anchors = new Dictionary<Season, SeasonAnchor>();
            foreach (var (name, season) in new[] { ("autumn", Season.Autumn), ("spring", Season.Spring), ("year", Season.Year) })
            {
                if (map.OptionalString(name) is { } text)
                {
                    anchors[season] = ParseMonthPart(text);
                }
            }

            return anchors;
        }

        private Cadence ReadCadence(YamlMap cadence)
        {
            Mark("cadence", cadence.Node);
            return new Cadence(cadence.String("text"), ReadSeasonAnchors(cadence));
        }

        private static CalendarOptions ReadCalendar(YamlMap? calendar) => calendar is not { } c
            ? CalendarOptions.Default
            : new CalendarOptions
            {
                CountSaturdays = c.Bool("countSaturdays", false),
                RollForward = c.Bool("rollForward", true),
                ClosedDates = c.Scalars("closedDates").Select(s => DateOnly.ParseExact(s.Value!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(),
            };

        private static Retention ReadRetention(YamlMap retention) => new(
            retention.String("until") == "roundEnd" ? RetentionUntil.RoundEnd : RetentionUntil.TermEnd,
            retention.Int("graceDays", 0),
            retention.String("text"));

        private static Dictionary<Season, Occurrence> ReadOccurrences(YamlMap? occurs)
        {
            var result = new Dictionary<Season, Occurrence>();
            if (occurs is not { } map)
            {
                return result;
            }

            foreach (var (name, season) in new[] { ("autumn", Season.Autumn), ("spring", Season.Spring), ("year", Season.Year) })
            {
                if (map.OptionalString(name) is { } text)
                {
                    result[season] = text switch
                    {
                        "whenNeeded" => Occurrence.WhenNeeded,
                        "never" => Occurrence.Never,
                        _ => Occurrence.Always,
                    };
                }
            }

            return result;
        }

        private ConversationRule ReadConversation(YamlMap conversation, string key)
        {
            PartySelector Party(string field)
            {
                var party = conversation.Map(field);
                Mark($"{key}/{field}", party.Get("role") ?? party.Node);
                return party.OptionalString("role") is { } role ? new ByRole(role)
                    : party.Has("managerOfPartner") ? new ManagerOfPartner()
                    : new AllEmployees();
            }

            return new ConversationRule(Party("holder"), Party("partner"), conversation.Bool("perCampus", false), conversation.Bool("delegable", false));
        }

        private List<string> Texts(YamlMap map, string field, string key)
        {
            var scalars = map.Scalars(field);
            for (var i = 0; i < scalars.Count; i++)
            {
                Mark($"{key}/{i}", scalars[i]);
            }

            return [.. scalars.Select(s => s.Value ?? string.Empty)];
        }

        private void Mark(string key, YamlNode node) => locations.TryAdd(key, document.At(node));

        internal static SeasonAnchor ParseMonthPart(string text)
        {
            var parts = text.Split(' ', 2);
            var part = Enum.Parse<MonthPart>(parts[0], ignoreCase: true);
            var month = Enumerable.Range(1, 12).First(m => Text.NorwegianDates.MonthName(m) == parts[1]);
            return new SeasonAnchor(part, month);
        }
    }
}
