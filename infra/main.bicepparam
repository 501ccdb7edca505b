// Example parameters for infra/main.bicep. Copy, fill in your tenant's values, and deploy with
//   az deployment group create -g <resource group> -f infra/main.bicep -p infra/main.bicepparam
using './main.bicep'

param baseName = 'samtale'

param sharePointTenantUrl = 'https://contoso.sharepoint.com'
param siteOwner = 'samtale-service@contoso.com'
param mailSender = 'samtale@contoso.com'

// The API app registration that defines the app role Samtale.Admin: its client id, and its Application ID URI.
param apiAuthentication = 'Bearer'
param apiClientId = '11111111-2222-3333-4444-555555555555'
param apiAudience = 'api://pnpsamtale'

// Certificate mode instead of the managed identity for SharePoint and Graph: import the PFX into the key vault,
// then set both.
param certificateSecretName = ''
param sharePointClientId = ''
