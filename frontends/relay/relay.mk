# rvbox-relay (frontends/relay/): carries Ethernet frames between WebSocket
# clients (rvbox in a browser) and libslirp, one slirp stack per client.
# Included by the top-level Makefile; its objects come from the
# $(BUILD)/%.o pattern rule there.
RELAY = $(BUILD)/rvbox-relay
RELAY_OBJ = $(BUILD)/frontends/relay/relay.o $(BUILD)/frontends/relay/relay_conn.o

$(RELAY): $(RELAY_OBJ) $(BUILD)/librvbox.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS) -lwebsockets

-include $(RELAY_OBJ:.o=.d)
