// PnpSamtale on Azure: the Functions app (.NET isolated worker) that runs the round jobs (DeadlineReminders,
// ShredExpiredForms, Reconcile, RoundKickoff), the round queue (ProvisionRound) and the HTTP API (StartRound,
// RoundStatus) on a Flex Consumption plan, with one user-assigned managed identity for storage, deployment,
// Key Vault, Application Insights and the SharePoint/Graph calls. See README.md in this folder.

targetScope = 'resourceGroup'

// ---- Naming and placement ----

@description('Short name the resource names start with (lowercase letters and digits; hyphens are dropped where a name does not allow them).')
@minLength(2)
@maxLength(20)
param baseName string = 'samtale'

@description('Azure region of all resources. Flex Consumption must be available there (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('Tags put on every resource.')
param tags object = {
  product: 'PnpSamtale'
}

// ---- Scale ----

@description('Most instances the Function App scales out to (Flex Consumption).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of each instance in MB (Flex Consumption instance size).')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Days Log Analytics keeps logs and telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

// ---- SharePoint and Graph ----

@description('Root URL of the SharePoint Online tenant, e.g. https://contoso.sharepoint.com (no trailing path).')
param sharePointTenantUrl string

@description('Name of the Key Vault secret behind the imported SharePoint certificate (the certificate\'s name). Empty (the default): the app calls SharePoint and Graph as the managed identity. Set: the app uses the certificate of the app registration sharePointClientId.')
param certificateSecretName string = ''

@description('Client (application) id of the SharePoint app registration. Required when certificateSecretName is set; unused otherwise.')
param sharePointClientId string = ''

@description('Entra tenant id of the SharePoint app registration (certificate mode).')
param sharePointTenantId string = subscription().tenantId

@description('UPN of the service account that owns new site collections (not a person in a roster: site collection administrators can read every form).')
param siteOwner string

@description('The mailbox reminders are sent from (one mailbox; restrict Mail.Send to it in Exchange Online).')
param mailSender string

// ---- HTTP API ----

@description('How the HTTP API authenticates callers. Bearer: the worker validates the Entra bearer token (Microsoft.Identity.Web). Platform: App Service Authentication validates it and passes X-MS-CLIENT-PRINCIPAL.')
@allowed([
  'Bearer'
  'Platform'
])
param apiAuthentication string = 'Bearer'

@description('Entra tenant id that issues the API callers\' tokens.')
param apiTenantId string = subscription().tenantId

@description('Client id of the API app registration that defines the app role Samtale.Admin: the audience of its v2.0 tokens (api://<client id> is accepted too).')
param apiClientId string

@description('Application ID URI of the API app registration when it is not api://<client id> (the audience of its v1.0 tokens), e.g. api://pnpsamtale. Empty: none.')
param apiAudience string = ''

// ---- Names ----

var suffix = uniqueString(resourceGroup().id)
var compactBaseName = toLower(replace(baseName, '-', ''))

var names = {
  identity: 'id-${baseName}-${suffix}'
  workspace: 'log-${baseName}-${suffix}'
  appInsights: 'appi-${baseName}-${suffix}'
  storageAccount: 'st${take(compactBaseName, 9)}${suffix}'
  keyVault: 'kv${take(compactBaseName, 9)}${suffix}'
  plan: 'plan-${baseName}-${suffix}'
  functionApp: '${baseName}-func-${suffix}'
}

// A parameter that one mode needs and the other ignores: stop the deployment with the reason when it is missing.
var sharePointClientIdChecked = !empty(certificateSecretName) && empty(sharePointClientId)
  ? fail('sharePointClientId is required when certificateSecretName is set (certificate mode).')
  : sharePointClientId

var packageContainerName = 'app-package'
// The queue StartRound and RoundKickoff write and ProvisionRound reads (the package's functions.metadata), and the
// poison queue the host moves a message to after host.json's maxDequeueCount deliveries.
var roundQueueName = 'samtale-rounds'
var roundPoisonQueueName = 'samtale-rounds-poison'

// ---- Resources ----

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: names.identity
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'samtale-monitoring'
  params: {
    location: location
    tags: tags
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    retentionInDays: logRetentionInDays
    principalId: identity.properties.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'samtale-storage'
  params: {
    location: location
    tags: tags
    storageAccountName: names.storageAccount
    packageContainerName: packageContainerName
    queueNames: [
      roundQueueName
      roundPoisonQueueName
    ]
    principalId: identity.properties.principalId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'samtale-keyvault'
  params: {
    location: location
    tags: tags
    keyVaultName: names.keyVault
    softDeleteRetentionInDays: 90
    principalId: identity.properties.principalId
  }
}

// Takes the other modules' outputs, so it deploys after them, role assignments included: the app starts with
// access to its storage, deployment container, key vault and Application Insights in place.
module functionApp 'modules/functionapp.bicep' = {
  name: 'samtale-functionapp'
  params: {
    location: location
    tags: tags
    planName: names.plan
    functionAppName: names.functionApp
    identityId: identity.id
    identityClientId: identity.properties.clientId
    storageAccountName: storage.outputs.storageAccountName
    packageContainerUrl: storage.outputs.packageContainerUrl
    appInsightsName: monitoring.outputs.appInsightsName
    keyVaultName: keyVault.outputs.keyVaultName
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    sharePointTenantUrl: sharePointTenantUrl
    sharePointTenantId: sharePointTenantId
    sharePointClientId: sharePointClientIdChecked
    certificateSecretName: certificateSecretName
    siteOwner: siteOwner
    mailSender: mailSender
    apiAuthentication: apiAuthentication
    apiTenantId: apiTenantId
    apiAudience: apiAudience
    apiClientId: apiClientId
  }
}

// ---- Outputs ----

@description('Name of the Function App (az functionapp deployment source config-zip -n).')
output functionAppName string = functionApp.outputs.functionAppName

@description('Default host name of the Function App (https://<host>/api/rounds).')
output functionAppHostName string = functionApp.outputs.defaultHostName

@description('Client (application) id of the managed identity: Exchange Online policies, Sites.Selected grants.')
output managedIdentityClientId string = identity.properties.clientId

@description('Principal (object) id of the managed identity: Graph and SharePoint app role assignments.')
output managedIdentityPrincipalId string = identity.properties.principalId

@description('Name of the key vault for the optional SharePoint certificate.')
output keyVaultName string = keyVault.outputs.keyVaultName

@description('Name of the host storage account.')
output storageAccountName string = storage.outputs.storageAccountName
