// The storage account of the Functions host: timer listener locks and schedule status (blobs), the
// samtale-rounds queue and its poison queue, host tables, and the container Flex Consumption deploys the
// app package from. No shared keys: everything authenticates with the managed identity.

import { builtInRoleIds } from 'roles.bicep'

@description('Azure region of the resources.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Name of the storage account (3-24 lowercase letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param storageAccountName string

@description('Name of the blob container that holds the Flex Consumption deployment package.')
param packageContainerName string

@description('Names of the queues to create.')
param queueNames string[]

@description('Principal (object) id of the managed identity that uses the account.')
param principalId string

resource storage 'Microsoft.Storage/storageAccounts@2026-06-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      // Flex Consumption without virtual network integration reaches the account over its public endpoint.
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2026-06-01' = {
  parent: storage
  name: 'default'
}

resource packageContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2026-06-01' = {
  parent: blobService
  name: packageContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2026-06-01' = {
  parent: storage
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2026-06-01' = [
  for queueName in queueNames: {
    parent: queueService
    name: queueName
  }
]

var storageRoles = [
  builtInRoleIds.storageBlobDataOwner
  builtInRoleIds.storageQueueDataContributor
  builtInRoleIds.storageTableDataContributor
]

resource storageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in storageRoles: {
    name: guid(storage.id, principalId, roleId)
    scope: storage
    properties: {
      principalId: principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    }
  }
]

@description('Name of the storage account.')
output storageAccountName string = storage.name

@description('URL of the deployment package container (the blob endpoint of this cloud plus the container name).')
output packageContainerUrl string = '${storage.properties.primaryEndpoints.blob}${packageContainer.name}'
