// Key Vault for the optional SharePoint certificate. Access by Azure RBAC only; soft delete and purge
// protection keep a deleted certificate recoverable. The managed identity reads secret values, which is how
// App Service resolves the Key Vault reference in the app settings.

import { builtInRoleIds } from 'roles.bicep'

@description('Azure region of the resources.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Name of the key vault (3-24 letters, digits and hyphens, globally unique).')
@minLength(3)
@maxLength(24)
param keyVaultName string

@description('Days a deleted vault or certificate can be recovered.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int

@description('Principal (object) id of the managed identity that reads the certificate.')
param principalId string

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, builtInRoleIds.keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      builtInRoleIds.keyVaultSecretsUser
    )
  }
}

@description('Name of the key vault.')
output keyVaultName string = vault.name
