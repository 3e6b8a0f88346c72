-- wrk script: a messaging-extension search for "foto" (composeExtension/query) from the local Playground tenant,
-- anonymous; answered in the HTTP response. The same request goes to the bot and to the bare SDK bot.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"type":"invoke","name":"composeExtension/query","id":"f:q1","serviceUrl":"http://127.0.0.1:9/","channelId":"msteams","from":{"id":"29:u","aadObjectId":"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"},"recipient":{"id":"28:b"},"conversation":{"id":"a:1","conversationType":"personal","tenantId":"00000000-0000-0000-0000-0000000000001"},"channelData":{"tenant":{"id":"00000000-0000-0000-0000-0000000000001"}},"locale":"nl-NL","value":{"commandId":"searchGuidelines","parameters":[{"name":"query","value":"foto"}],"queryOptions":{"skip":0,"count":10}}}'
