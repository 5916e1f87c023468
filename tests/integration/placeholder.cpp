// placeholder until the first integration test lands
