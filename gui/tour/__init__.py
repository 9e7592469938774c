"""The guided tour of the paper's argument: tour files, the controller and its caption panel."""
