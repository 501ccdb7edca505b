namespace PnpSamtale.Provisioning.Forms;

/// <summary>When a form section is included.</summary>
public enum FormCondition
{
    /// <summary>In every form made from the template.</summary>
    Always,

    /// <summary>Only when the partner is offered a written career plan (the category's <c>careerPlan</c>).</summary>
    CareerPlan,
}
