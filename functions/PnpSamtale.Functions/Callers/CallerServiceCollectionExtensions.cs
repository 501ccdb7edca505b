using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace PnpSamtale.Functions.Callers;

/// <summary>Registers who may call the HTTP functions: the settings, both authentication schemes and the caller check.</summary>
internal static class CallerServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="ApiOptions"/>, adds Microsoft.Identity.Web's web API authentication (JWT bearer, from the
    /// <c>AzureAd</c> section) and the App Service principal scheme, and ASP.NET Core authorization. Claims stay as the
    /// token names them (<c>roles</c>, <c>oid</c>); the audiences are the API's client id, <c>api://{ClientId}</c> and
    /// <c>AzureAd:Audience</c>; the issuers are the configured tenant's (<see cref="EntraIdApi.Issuers"/>), which
    /// Microsoft.Identity.Web's issuer validator then checks without looking further.
    /// </summary>
    public static IServiceCollection AddCallers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>()
            .Bind(configuration.GetSection(ApiOptions.SectionName))
            .Configure(o =>
            {
                configuration.GetSection(ApiOptions.EntraIdSectionName).Bind(o.EntraId);
                o.PlatformAuthenticationOn = string.Equals(configuration["WEBSITE_AUTH_ENABLED"], "true", StringComparison.OrdinalIgnoreCase);
            });
        services.AddSingleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>();

        var authentication = services.AddAuthentication();
        authentication.AddMicrosoftIdentityWebApi(configuration.GetSection(ApiOptions.EntraIdSectionName), JwtBearerDefaults.AuthenticationScheme);
        services.Configure<MicrosoftIdentityOptions>(JwtBearerDefaults.AuthenticationScheme, identity =>
        {
            // Microsoft.Identity.Web has no default instance; ours is the public cloud's.
            if (string.IsNullOrEmpty(identity.Instance))
            {
                identity.Instance = new EntraIdApi().Instance.AbsoluteUri;
            }
        });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IOptions<ApiOptions>>((jwt, api) =>
        {
            var entraId = api.Value.EntraId;
            jwt.MapInboundClaims = false;
            jwt.RequireHttpsMetadata = !entraId.IsLoopbackHttp;
            jwt.TokenValidationParameters.RoleClaimType = ApiOptions.RolesClaim;
            jwt.TokenValidationParameters.NameClaimType = CallerIdentity.ObjectIdClaim;
            jwt.TokenValidationParameters.AudienceValidator = null;
            jwt.TokenValidationParameters.ValidAudiences = entraId.Audiences;
            jwt.TokenValidationParameters.ValidIssuers = entraId.Issuers;
        });
        authentication.AddScheme<AuthenticationSchemeOptions, AppServicePrincipalHandler>(AppServicePrincipalHandler.SchemeName, configureOptions: null);
        services.AddAuthorization();
        return services;
    }

    /// <summary>Puts <see cref="CallerCheck"/> in front of every HTTP function.</summary>
    public static IFunctionsWorkerApplicationBuilder UseCallerCheck(this IFunctionsWorkerApplicationBuilder builder) =>
        builder.UseWhen<CallerCheck>(CallerCheck.Guards);
}
