-- wrk script: one Action.Execute invoke (help.examples) from the local Playground tenant; answered in the HTTP response.
-- The serviceUrl is $CONNECTOR (load.sh: the bare bot's stand-in Connector), where the bot's replies go.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"type":"invoke","name":"adaptiveCard/action","id":"f:1","serviceUrl":"' .. (os.getenv("CONNECTOR") or "http://127.0.0.1:9/") .. '","channelId":"msteams","from":{"id":"29:u","aadObjectId":"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"},"recipient":{"id":"28:b"},"conversation":{"id":"a:1","conversationType":"personal","tenantId":"00000000-0000-0000-0000-0000000000001"},"channelData":{"tenant":{"id":"00000000-0000-0000-0000-0000000000001"}},"locale":"nl-NL","value":{"action":{"type":"Action.Execute","verb":"help.examples","data":{}},"trigger":"manual"}}'
