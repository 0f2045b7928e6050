print("lectern: not yet")
