// The Flex Consumption plan and the Function App that runs PnpSamtale: a .NET 10 isolated worker (the package
// functions/publish.sh makes) behind the Functions host. The runtime, dotnet-isolated 10.0, is chosen in
// functionAppConfig, so the app has neither FUNCTIONS_WORKER_RUNTIME nor FUNCTIONS_EXTENSION_VERSION.
//
// No WEBSITE_TIME_ZONE: Linux Flex Consumption does not support it. Timer schedules are in UTC and the app
// computes the Oslo local day and the Norwegian business days itself.

@description('Azure region of the resources.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the Function App (globally unique; also the host name <name>.azurewebsites.net).')
param functionAppName string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of the user-assigned managed identity.')
param identityClientId string

@description('Name of the host storage account.')
param storageAccountName string

@description('URL of the blob container Flex Consumption deploys the app package from.')
param packageContainerUrl string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Name of the key vault that holds the optional SharePoint certificate.')
param keyVaultName string

@description('Most instances the app scales out to.')
param maximumInstanceCount int

@description('Memory of each instance in MB.')
param instanceMemoryMB int

@description('SharePoint tenant root URL.')
param sharePointTenantUrl string

@description('Entra tenant of the SharePoint app registration (certificate mode).')
param sharePointTenantId string

@description('Client id of the SharePoint app registration (certificate mode).')
param sharePointClientId string

@description('Name of the Key Vault secret that holds the certificate; empty for managed-identity mode.')
param certificateSecretName string

@description('UPN of the service account that owns new site collections.')
param siteOwner string

@description('The mailbox reminders are sent from.')
param mailSender string

@description('How the HTTP API authenticates callers: Bearer or Platform.')
@allowed([
  'Bearer'
  'Platform'
])
param apiAuthentication string

@description('Entra tenant that issues the API callers\' tokens.')
param apiTenantId string

@description('Client id of the API app registration.')
param apiClientId string

@description('Application ID URI of the API app registration, if other than api://<client id>; empty for none.')
param apiAudience string

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

var useCertificate = !empty(certificateSecretName)

// SharePoint and Graph: the managed identity by default, or the app registration's certificate from Key Vault.
var sharePointAuthSettings = useCertificate
  ? {
      SharePoint__Auth: 'Certificate'
      SharePoint__TenantId: sharePointTenantId
      SharePoint__ClientId: sharePointClientId
      SharePoint__CertificateBase64: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${certificateSecretName})'
    }
  : {
      SharePoint__Auth: 'ManagedIdentity'
      SharePoint__ManagedIdentityClientId: identityClientId
    }

var appSettings = union(
  {
    // Host storage through the managed identity; the queue trigger's connection is 'AzureWebJobsStorage'.
    AzureWebJobsStorage__accountName: storageAccountName
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    // Telemetry with an Entra token (the component has local authentication disabled).
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    SharePoint__TenantUrl: sharePointTenantUrl
    Samtale__SiteOwner: siteOwner
    Samtale__MailSender: mailSender
    Samtale__Api__Authentication: apiAuthentication
    // The API app registration, in Microsoft.Identity.Web's section (bearer callers).
    AzureAd__Instance: environment().authentication.loginEndpoint
    AzureAd__TenantId: apiTenantId
    AzureAd__ClientId: apiClientId
  },
  empty(apiAudience) ? {} : { AzureAd__Audience: apiAudience },
  sharePointAuthSettings
)

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: functionAppName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: map(items(appSettings), setting => { name: setting.key, value: setting.value })
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: packageContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
    }
  }
}

// Platform mode: App Service Authentication validates the Entra token before the Functions host sees the request
// and passes the caller as X-MS-CLIENT-PRINCIPAL. The platform strips client-sent copies of that header only
// while its authentication is on, which is why the worker trusts the header in this mode only.
resource authSettings 'Microsoft.Web/sites/config@2025-03-01' = if (apiAuthentication == 'Platform') {
  parent: functionApp
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'Return401'
    }
    httpSettings: {
      requireHttps: true
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: apiClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${apiTenantId}/v2.0'
        }
        validation: {
          allowedAudiences: concat([
            apiClientId
            'api://${apiClientId}'
          ], empty(apiAudience) ? [] : [
            apiAudience
          ])
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
  }
}

@description('Name of the Function App.')
output functionAppName string = functionApp.name

@description('Default host name of the Function App.')
output defaultHostName string = functionApp.properties.defaultHostName
