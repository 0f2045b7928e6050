print("lectern-bench: not written yet")
