// Built-in Azure role definitions the managed identity is granted. The ids are the same in every tenant
// (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles).

@export()
@description('Built-in role definition ids, by role.')
var builtInRoleIds = {
  // Read, write and lease blobs: host storage (timer listener locks, schedule status) and the Flex deployment package.
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  // Read, add and delete queue messages: the samtale-rounds queue trigger and its poison queue.
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  // Table storage used by the Functions host.
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  // Read secret values: the Key Vault reference to the optional SharePoint certificate.
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  // Send telemetry to Application Insights with an Entra token (local authentication is off).
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}
