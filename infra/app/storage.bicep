@description('Name of the storage account: 3-24 lowercase letters and digits.')
param name string

@description('Azure region.')
param location string

@description('Tags for the storage account.')
param tags object

@description('Blob container that Flex Consumption deploys the app package from.')
param deploymentContainerName string

@description('Origins of the app, whose browsers upload bid documents straight into blob storage.')
param uploadOrigins string[]

// Published documents, sealed submissions and the keys that sign cookies; the app serves all, so none is public.
var containers = ['publicaties', 'inschrijvingen', 'dataprotection', 'rapportages', 'gunningsbrieven', 'jobs', deploymentContainerName]
var tables = ['regios', 'trajecten', 'budgetten', 'organisaties', 'aanmeldingen', 'inschrijvingen', 'rapportages', 'jobs', 'signalen']

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    accessTier: 'Hot'
    // Every client authenticates with Entra ID: the app by managed identity, uploads by user delegation SAS.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2024-01-01' = {
  parent: storage
  name: 'default'
  properties: {
    cors: {
      corsRules: [
        {
          allowedOrigins: uploadOrigins
          allowedMethods: ['PUT']
          allowedHeaders: ['content-type', 'x-ms-*']
          exposedHeaders: ['etag', 'x-ms-*']
          maxAgeInSeconds: 600
        }
      ]
    }
  }
}

resource blobContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = [
  for container in containers: {
    parent: blobService
    name: container
    properties: {
      publicAccess: 'None'
    }
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2024-01-01' = {
  parent: storage
  name: 'default'
}

resource storageTables 'Microsoft.Storage/storageAccounts/tableServices/tables@2024-01-01' = [
  for table in tables: {
    parent: tableService
    name: table
  }
]

output name string = storage.name
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output queueEndpoint string = storage.properties.primaryEndpoints.queue
output tableEndpoint string = storage.properties.primaryEndpoints.table
