using System.Text;
using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Output;

/// <summary>A routine as JSON (<c>{"id","title","roles","phases":[{"id","title","steps":[...]}]}</c>) or as a table.</summary>
public static class RoutineOutput
{
    /// <summary>The routine as JSON; <c>when</c> is the verbatim "Når" text, <c>activityEn</c> the English activity where the routine has one.</summary>
    public static string Json(Routine routine)
    {
        ArgumentNullException.ThrowIfNull(routine);
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", routine.Id);
            w.WriteString("title", routine.Title);
            w.WriteStartArray("roles");
            foreach (var role in routine.Roles)
            {
                w.WriteStartObject();
                w.WriteString("abbreviation", role.Abbreviation);
                w.WriteString("title", role.Title);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("phases");
            foreach (var phase in routine.Phases)
            {
                w.WriteStartObject();
                w.WriteString("id", phase.Id);
                w.WriteString("title", phase.Title);
                w.WriteStartArray("steps");
                foreach (var step in phase.Steps)
                {
                    w.WriteStartObject();
                    w.WriteString("id", step.Id.Value);
                    w.WriteString("activity", step.Activity);
                    if (step.ActivityEn is { } english)
                    {
                        w.WriteString("activityEn", english);
                    }

                    w.WriteString("description", step.Description);
                    w.WriteString("responsible", step.Responsible);
                    w.WriteString("when", step.When);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>The routine's table of activities and glossary as text.</summary>
    public static string Table(Routine routine)
    {
        ArgumentNullException.ThrowIfNull(routine);
        var text = new StringBuilder();
        text.Append(routine.Title).Append('\n').Append("Oppstart: ").Append(routine.Cadence.Text).Append("\n\n");
        var steps = new TextTable("Steg", "Aktivitet", "Ansvarlig", "Når");
        foreach (var phase in routine.Phases)
        {
            steps.AddSection($"Fase {phase.Id}: {phase.Title}");
            foreach (var step in phase.Steps)
            {
                steps.Add(step.Id.ToString(), step.Activity, step.Responsible, step.When);
            }
        }

        text.Append(steps).Append('\n');
        var roles = new TextTable("Forkortelse", "Verv/stilling");
        foreach (var role in routine.Roles)
        {
            roles.Add(role.Abbreviation, role.Title);
        }

        return text.Append(roles).ToString();
    }
}
