package rpc

func (s *Server) backendForTest() *backend { return s.b }
