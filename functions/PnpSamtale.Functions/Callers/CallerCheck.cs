using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using PnpSamtale.Functions.Functions;

namespace PnpSamtale.Functions.Callers;

/// <summary>
/// Worker middleware in front of the HTTP functions: an Entra ID caller with the app role <c>Samtale.Admin</c>, on top
/// of the function key the host checks (<c>AuthorizationLevel.Function</c>). The caller comes from the ASP.NET Core
/// authentication scheme of <see cref="ApiOptions.Authentication"/> — Microsoft.Identity.Web's JWT bearer handler, or
/// <see cref="AppServicePrincipalHandler"/> — and the role is checked by ASP.NET Core's policy evaluator, as its
/// authorization middleware would (the scheme is asked directly, so that a refusal can say why). No identity: 401 with
/// <c>WWW-Authenticate</c>; no role: 403; the tenant's signing keys out of reach: 503 with <c>Retry-After</c>. In each
/// case the function does not run, and the invocation itself succeeds (the caller gets the answer).
/// </summary>
internal sealed partial class CallerCheck(IOptions<ApiOptions> options, ILogger<CallerCheck> logger) : IFunctionsWorkerMiddleware
{
    private readonly AuthorizationPolicy policy = new AuthorizationPolicyBuilder(SchemeOf(options.Value.Authentication))
        .RequireClaim(ApiOptions.RolesClaim, ApiOptions.AdminRole)
        .Build();

    /// <summary>Whether an invocation is of an HTTP function (the ones this middleware guards).</summary>
    public static bool Guards(FunctionContext context) =>
        context is not null && context.FunctionDefinition.InputBindings.Values.Any(b => string.Equals(b.Type, "httpTrigger", StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.GetHttpContext()
            ?? throw new InvalidOperationException($"{context.FunctionDefinition.Name}: no HttpContext; the ASP.NET Core integration (ConfigureFunctionsWebApplication) must run before the caller check.");
        var scheme = policy.AuthenticationSchemes[0];
        var authentication = await http.AuthenticateAsync(scheme).ConfigureAwait(false);
        if (authentication.Succeeded)
        {
            http.User = authentication.Principal;
        }

        var evaluator = context.InstanceServices.GetRequiredService<IPolicyEvaluator>();
        var decision = await evaluator.AuthorizeAsync(policy, authentication, http, resource: null).ConfigureAwait(false);
        var caller = CallerIdentity.Of(authentication.Principal);
        if (decision.Succeeded)
        {
            LogAdmitted(logger, caller ?? "(ukjent)", ApiOptions.AdminRole);
            await next(context).ConfigureAwait(false);
            return;
        }

        if (await KeysUnreachableAsync(http, scheme, authentication.Failure).ConfigureAwait(false) is { } unreachable)
        {
            // The tenant's OpenID configuration could not be fetched: no verdict on the caller yet.
            LogKeysUnreachable(logger, unreachable);
            await Answers.Unavailable().ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor())).ConfigureAwait(false);
            return;
        }

        if (decision.Forbidden)
        {
            LogRefused(logger, StatusCodes.Status403Forbidden, caller ?? "(ukjent)", "mangler rollen " + ApiOptions.AdminRole);
            await http.ForbidAsync(scheme).ConfigureAwait(false);
            await WriteAsync(http, $"The caller does not have the app role {ApiOptions.AdminRole}.").ConfigureAwait(false);
            return;
        }

        var reason = Reason(authentication);
        LogRefused(logger, StatusCodes.Status401Unauthorized, "-", reason);
        await http.ChallengeAsync(scheme).ConfigureAwait(false);
        await WriteAsync(http, reason).ConfigureAwait(false);
    }

    /// <summary>
    /// Why the tenant's signing keys are out of reach, when a token failed for want of a key and they are; <c>null</c>
    /// otherwise. The bearer handler validates without keys when it cannot fetch them, so the failure alone does not tell.
    /// </summary>
    private static async Task<string?> KeysUnreachableAsync(HttpContext http, string scheme, Exception? failure)
    {
        if (failure is InvalidOperationException)
        {
            return failure.Message;
        }

        if (failure is not SecurityTokenSignatureKeyNotFoundException
            || http.RequestServices.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(scheme).ConfigurationManager is not { } keys)
        {
            return null;
        }

        try
        {
            _ = await keys.GetConfigurationAsync(http.RequestAborted).ConfigureAwait(false);
            return null;
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }

    private static string SchemeOf(ApiAuthentication authentication) =>
        authentication == ApiAuthentication.Platform ? AppServicePrincipalHandler.SchemeName : JwtBearerDefaults.AuthenticationScheme;

    private static Task WriteAsync(HttpContext http, string error)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(Answers.Error(error).ToJsonString(), http.RequestAborted);
    }

    /// <summary>Why a caller was not authenticated, in words for the caller and the log; never the token.</summary>
    private static string Reason(AuthenticateResult result) => result.Failure switch
    {
        null => "No caller identity: send 'Authorization: Bearer <token>' for the API's audience.",
        SecurityTokenExpiredException => "The bearer token is not valid: it has expired.",
        SecurityTokenNotYetValidException => "The bearer token is not valid: it is not valid yet.",
        SecurityTokenInvalidAudienceException => "The bearer token is not valid: it is for another audience.",
        SecurityTokenInvalidIssuerException => "The bearer token is not valid: it is from another issuer.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException or SecurityTokenInvalidAlgorithmException => "The bearer token is not valid: its signature does not match the tenant's keys.",
        SecurityTokenMalformedException => "The bearer token is not valid: it is not a JWT.",
        SecurityTokenException e => "The bearer token is not valid: " + e.GetType().Name + ".",
        { } other => other.Message,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Kalt av objekt-id {Caller} med rollen {Role}.")]
    private static partial void LogAdmitted(ILogger logger, string caller, string role);

    [LoggerMessage(Level = LogLevel.Error, Message = "FEIL: Kunne ikke hente nøklene til å sjekke tokenet: {Reason}")]
    private static partial void LogKeysUnreachable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Avvist ({Status}) for objekt-id {Caller}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string caller, string reason);
}
