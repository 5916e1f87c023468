namespace forkant {}
