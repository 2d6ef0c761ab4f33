"""The door's flows: one coordinator per flow, each knowing only its screens and the services or
worker signals it needs. ui/controller.py composes them (and owns the shared signals to the door
worker); DoorStage is the one place that says which screen is up.

    stage.py      which screen is up, what an answer covers, back to the door
    codes.py      codes in: camera frames and sightings, a hand scanner, the typed short code, the set-up
    answers.py    the door's answers: result, lock, storage problems, checklists, who's here, "Hide me"
    language.py   the language picked at the door, and back to the door's own after a while
    guest.py      a guest's registration (service calls on the host-tasks thread)
    host_view.py  the host's keypad, the host view session, fullscreen and quitting
    roll_call.py  the evacuation roll call (from the host view, or with a host card alone)
    upkeep.py     the door's timers: the clock, the count, forgotten check-outs, purge and nightly
                  backup, printing the evacuation list
"""
